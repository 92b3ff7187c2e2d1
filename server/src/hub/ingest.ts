// Storing a batch from an office: raw entries first (a repeat changes nothing: the office, day and
// seq are the key), then how far each day is now whole, then the projection of what became whole.
// The office's row is locked for the transaction, so two batches of one office (a retry racing its
// original, or two hub processes) are applied one after the other.
import type { Db, Queryable } from './db.js';
import type { Projector } from './projection.js';
import { rollupDays } from './region-rollups.js';
import type { HubAck, HubBatch } from './wire.js';
import { withoutNul } from './without-nul.js';

/** The office stopped waiting for the batch (its timeout): nothing was stored. */
export class ClientGone extends Error {
  constructor() {
    super('client gone');
  }
}

export async function ingestBatch(
  db: Db,
  projector: Projector,
  officeId: string,
  batch: HubBatch,
  now: number,
  /** Asked once a connection is free: an office that gave up meanwhile will send the batch again. */
  wanted: () => boolean = () => true,
): Promise<HubAck> {
  const days = [...new Set(batch.entries.map((e) => e.day))].sort();
  return db.transaction(async (tx) => {
    // The wait for a pooled connection is where a batch outlives its office's timeout; storing it then
    // would be work done twice, since the office's retry stores nothing new.
    if (!wanted()) throw new ClientGone();
    // Also the lock that orders this office's batches.
    await tx.query('UPDATE offices SET last_received_at = $2 WHERE id = $1', [officeId, now]);
    await tx.query(
      `INSERT INTO office_days (office_id, day, received_at) SELECT $1, d, $3 FROM unnest($2::text[]) AS d
       ON CONFLICT (office_id, day) DO NOTHING`,
      [officeId, days, now],
    );
    await tx.query(
      `INSERT INTO raw_entries (office_id, day, seq, entry, received_at)
       SELECT $1, e.day, e.seq, e.entry, $3 FROM jsonb_to_recordset($2::jsonb) AS e(day text, seq integer, entry jsonb)
       ON CONFLICT (office_id, day, seq) DO NOTHING`,
      [officeId, JSON.stringify(batch.entries, withoutNul), now],
    );
    const acked: HubAck['days'] = [];
    for (const day of days) {
      acked.push({ day, lastSeq: await advanceStored(tx, officeId, day) });
      // The batch's own entries, so the projection need not read back what this transaction just wrote.
      const sent = batch.entries.filter((e) => e.day === day);
      await projector.advance(tx, officeId, day, sent);
    }
    await rollupDays(tx, officeId, days);
    return { days: acked };
  });
}

/** Moves the day's whole-up-to mark over every entry that now follows it without a gap. */
async function advanceStored(tx: Queryable, officeId: string, day: string): Promise<number> {
  const [row] = await tx.query<{ stored_seq: number }>(
    'SELECT stored_seq FROM office_days WHERE office_id = $1 AND day = $2',
    [officeId, day],
  );
  let stored = row?.stored_seq ?? 0;
  const following = await tx.query<{ seq: number }>(
    'SELECT seq FROM raw_entries WHERE office_id = $1 AND day = $2 AND seq > $3 ORDER BY seq',
    [officeId, day, stored],
  );
  for (const { seq } of following) {
    if (seq !== stored + 1) break;
    stored = seq;
  }
  await tx.query('UPDATE office_days SET stored_seq = $3 WHERE office_id = $1 AND day = $2', [
    officeId,
    day,
    stored,
  ]);
  return stored;
}
