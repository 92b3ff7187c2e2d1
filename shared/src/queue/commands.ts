// Commands the queue decides on. The server fills in who acts (operatorId, source) from the
// authenticated session; clients never choose them.
import type { BookingMark, Lang, OfficeConfig, Outcome, PauseReason, PriorityKind } from './types.js';

export type Command =
  | { type: 'open-day'; day: string; config: OfficeConfig }
  | { type: 'set-config'; config: OfficeConfig }
  | {
      type: 'issue';
      sectorId: string;
      serviceId: string | null;
      priority: PriorityKind | null;
      lang: Lang;
      source: string;
      /** A booking's check-in: the ticket carries the mark. */
      booking?: BookingMark;
    }
  | { type: 'call-next'; deskId: string; operatorId: string }
  | { type: 'call-ticket'; deskId: string; operatorId: string; number: string }
  | { type: 'recall'; deskId: string }
  | { type: 'start'; deskId: string }
  | {
      type: 'finish';
      deskId: string;
      outcome: Outcome;
      note: string | null;
      /** Finish and call the next visitor in one step: the common case is one click. */
      callNext: boolean;
      operatorId: string;
    }
  | { type: 'no-show'; deskId: string }
  | { type: 'return-to-queue'; deskId: string }
  | { type: 'transfer'; deskId: string; toSectorId: string; toDeskId: string | null; note: string | null }
  | { type: 'cancel'; ticketId: string; by: string }
  | { type: 'rate'; ticketId: string; stars: number; comment: string | null }
  | { type: 'pause'; deskId: string; reason: PauseReason }
  | { type: 'resume'; deskId: string }
  | { type: 'open-desk'; deskId: string; operatorId: string }
  | { type: 'close-desk'; deskId: string }
  | { type: 'close-day' }
  /**
   * The server's own, after a damaged journal was accepted: numbers up to `lastSeq` (per sector) may have
   * been given out in the part that was lost, so numbering goes on after them instead of repeating them.
   */
  | { type: 'skip-numbers'; lastSeq: Record<string, number> };

export type CommandType = Command['type'];
