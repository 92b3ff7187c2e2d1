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

/** Why `raw` is not a journal entry's envelope, or null. Events are checked by folding them. */
function envelopeProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const e = raw as Record<string, unknown>;
  if (!Number.isInteger(e.seq) || (e.seq as number) < 1) return 'seq is not a positive integer';
  if (typeof e.at !== 'number' || !Number.isFinite(e.at)) return 'at is not a time';
  if (e.req !== null && typeof e.req !== 'string') return 'req is neither a string nor null';
  if (!Array.isArray(e.events)) return 'events is not a list';
  for (const event of e.events as unknown[]) {
    if (typeof event !== 'object' || event === null) return 'an event is not an object';
    const { type, at } = event as Record<string, unknown>;
    if (typeof type !== 'string' || typeof at !== 'number') return 'an event has no type or time';
  }
  return null;
}

/**
 * Checks each entry read back as it is replayed: the right shape, and `seq` one more than the entry
 * before (the office numbers them 1, 2, 3… through the day), so a gap names itself even in a journal
 * of the older format without checksums. Throws a plain message; the reader adds the file and line.
 */
export function entryChecker(): (raw: unknown) => JournalEntry {
  let last = 0;
  return (raw) => {
    const problem = envelopeProblem(raw);
    if (problem) throw new Error(`not a journal entry: ${problem}`);
    const entry = raw as JournalEntry;
    if (entry.seq !== last + 1) throw new Error(`has seq ${entry.seq} after ${last}`);
    last = entry.seq;
    return entry;
  };
}
