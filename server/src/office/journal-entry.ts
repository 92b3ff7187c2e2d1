import type { DomainEvent } from '@kezek/shared';

/**
 * One line of the day's journal: the events one command produced, written and synced before the
 * command is acknowledged. `req` and `ack` let a retried request get the same answer after a restart.
 */
export interface JournalEntry {
  seq: number;
  at: number;
  /** `${actorId}:${requestId}` of the command, null for the server's own commands. */
  req: string | null;
  events: DomainEvent[];
  ack: unknown;
}
