// What an office sends the hub and what the hub answers: the one definition both sides use. An entry
// is one line of the office's day journal, unchanged, under its business day and sequence number.
import { z } from 'zod';

export const MAX_BATCH_ENTRIES = 500;
/** Bytes of JSON a batch may take; the office stops filling a batch before this. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

// The envelope is checked here; the events inside are checked by folding them into the day's state.
const Event = z.looseObject({ type: z.string().max(40), at: z.number() });
const JournalEntry = z.looseObject({
  seq: z.number().int().min(1),
  at: z.number(),
  req: z.string().max(300).nullable(),
  events: z.array(Event).max(10_000),
});

export const HubEntry = z
  .object({ day: Day, seq: z.number().int().min(1).max(100_000_000), entry: JournalEntry })
  .refine((e) => e.entry.seq === e.seq, { message: 'seq differs from the entry' });

export const HubBatch = z.object({ entries: z.array(HubEntry).min(1).max(MAX_BATCH_ENTRIES) });
export type HubBatch = z.infer<typeof HubBatch>;

/** Per day in the batch: the highest seq up to which the hub holds every entry. */
export const HubAck = z.object({ days: z.array(z.object({ day: Day, lastSeq: z.number().int().min(0) })) });
export type HubAck = z.infer<typeof HubAck>;
