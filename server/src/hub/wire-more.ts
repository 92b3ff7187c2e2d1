// What an office sends the hub beside its day journal: its case journal, entry by entry under the
// file's generation, and documents (settings, number reservations, closed days' summaries) whole.
import { z } from 'zod';

export const MAX_CASE_BATCH_ENTRIES = 500;
/**
 * A compacted case journal starts with one line holding every live case: a big centre's can pass the
 * day batches' 4 MB, and it cannot be split, so the case route takes more.
 */
export const MAX_CASE_BATCH_BYTES = 64 * 1024 * 1024;

const CaseEvent = z.looseObject({ type: z.string().max(40), at: z.number() });
const CaseEntry = z.looseObject({
  seq: z.number().int().min(1),
  at: z.number(),
  req: z.string().max(300).nullable(),
  events: z.array(CaseEvent).max(100_000),
});

export const CaseBatch = z.object({
  /** When the office's case journal file was created (its header); 0 for a file without a header. */
  generation: z.number().int().min(0),
  entries: z
    .array(
      z
        .object({ seq: z.number().int().min(1).max(100_000_000), entry: CaseEntry })
        .refine((e) => e.entry.seq === e.seq, { message: 'seq differs from the entry' }),
    )
    .min(1)
    .max(MAX_CASE_BATCH_ENTRIES),
});
export type CaseBatch = z.infer<typeof CaseBatch>;

/** The highest seq of that generation the hub holds without a gap. */
export const CaseAck = z.object({ generation: z.number().int(), lastSeq: z.number().int().min(0) });
export type CaseAck = z.infer<typeof CaseAck>;

export const DOCUMENT_KINDS = ['settings', 'numbers', 'day-summary'] as const;
export const OfficeDocument = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  /** '' for settings and numbers; the business day for a day summary. */
  key: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  /** When the office read it; an older copy never replaces a newer one. */
  takenAt: z.number().int().min(0),
  body: z.record(z.string(), z.unknown()),
});
export type OfficeDocument = z.infer<typeof OfficeDocument>;

export const DocumentBatch = z.object({ documents: z.array(OfficeDocument).min(1).max(100) });
export type DocumentBatch = z.infer<typeof DocumentBatch>;
export const DocumentAck = z.object({ stored: z.number().int().min(0) });
