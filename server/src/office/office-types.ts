// The office engine's ports and callbacks, kept apart so handlers and tests can name them cheaply.
import type { CallView, DomainEvent, ErrorCode, HallView, OfficeConfig, QueueState } from '@kezek/shared';
import type { Logger } from '../logger.js';
import type { DayStore } from './day-store.js';

export interface OfficeDeps {
  store: DayStore;
  clock: () => number;
  newId: () => string;
  log: Logger;
  /** The office set-up as settings hold it now. */
  config: () => OfficeConfig;
  operatorNames: () => Record<string, string>;
  /**
   * See every event the state goes through, replayed at start or new, right after it is durable: for
   * projections such as a specialist's figures. A projection resets itself on `day:opened`.
   */
  observers?: readonly Observer[];
}

export type Observer = (events: readonly DomainEvent[], state: Readonly<QueueState>) => void;

export interface Committed {
  events: DomainEvent[];
  hall: HallView;
  calls: CallView[];
}

export interface CommandMeta {
  actorId: string | null;
  requestId: string | null;
}

export type ToAck<T> = (events: DomainEvent[], state: Readonly<QueueState>) => T;

/**
 * Who may act, checked against the state in the same synchronous step as `decide`, so nothing can change
 * hands between the check and the decision (a retry is answered before it, from the first answer).
 */
export type Guard = (state: Readonly<QueueState>) => ErrorCode | null;
