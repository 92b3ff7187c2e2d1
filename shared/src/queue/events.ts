// Domain events: the only thing the journal stores and the only input of `evolve`.
// Names follow the wire convention `area:past-tense` so a broadcast can carry them unchanged.
import type { OfficeConfig, Outcome, PauseReason, Ticket } from './types.js';

export type DomainEvent =
  | { type: 'day:opened'; at: number; day: string; config: OfficeConfig }
  | { type: 'config:changed'; at: number; config: OfficeConfig }
  | { type: 'ticket:issued'; at: number; ticket: Ticket }
  | {
      type: 'ticket:called';
      at: number;
      ticketId: string;
      deskId: string;
      operatorId: string;
      /** next: chosen by the policy; specific: picked by number. */
      mode: 'next' | 'specific';
    }
  | { type: 'ticket:recalled'; at: number; ticketId: string; deskId: string }
  | { type: 'ticket:started'; at: number; ticketId: string; deskId: string }
  | {
      type: 'ticket:finished';
      at: number;
      ticketId: string;
      deskId: string;
      outcome: Outcome;
      note: string | null;
    }
  | { type: 'ticket:no-show'; at: number; ticketId: string; deskId: string }
  | { type: 'ticket:returned'; at: number; ticketId: string; deskId: string }
  | {
      type: 'ticket:transferred';
      at: number;
      ticketId: string;
      deskId: string;
      /** The new queue entry that continues the visit. */
      next: Ticket;
      note: string | null;
    }
  | { type: 'ticket:cancelled'; at: number; ticketId: string; by: string }
  | { type: 'ticket:rated'; at: number; ticketId: string; stars: number; comment: string | null }
  | { type: 'desk:opened'; at: number; deskId: string; operatorId: string }
  | { type: 'desk:closed'; at: number; deskId: string }
  | { type: 'desk:paused'; at: number; deskId: string; reason: PauseReason }
  | { type: 'desk:resumed'; at: number; deskId: string }
  /** Numbering goes on after `lastSeq` per sector (see the skip-numbers command). */
  | { type: 'numbers:skipped'; at: number; lastSeq: Record<string, number> }
  /** Every ticket still active ends as unserved, every desk closes. */
  | { type: 'day:closed'; at: number };

export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
