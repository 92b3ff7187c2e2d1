// The ceiling for the hub's entries/s: the same rows (office, day, seq, the entry as jsonb, received at)
// written by plain batched INSERTs into a table of raw_entries' shape (its key, checks and the office
// foreign key) on the same server, through as many connections as the hub's pool, with nothing else:
// no HTTP, no validation, no projection. What the database alone can take on this machine today.
import pg from 'pg';
import type { DayPlan } from './hub-days.js';

const BATCH = 500;
/** hub/db-pg.ts's pool. */
const CONNECTIONS = 5;

export interface CeilingResult {
  rows: number;
  rowsPerSec: number;
}

/** Inserts offices' days for up to `ms`, then drops the table. */
export async function insertCeiling(
  url: string,
  offices: readonly { id: string; plan: DayPlan }[],
  ms: number,
): Promise<CeilingResult> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE TABLE ceiling_entries (LIKE raw_entries INCLUDING ALL)`);
  await admin.query(`ALTER TABLE ceiling_entries ADD FOREIGN KEY (office_id) REFERENCES offices (id)`);
  const batches = function* () {
    for (const { id, plan } of offices) {
      for (let i = 0; i < plan.entries.length; i += BATCH) {
        yield { id, day: plan.day, entries: plan.entries.slice(i, i + BATCH) };
      }
    }
  };
  const source = batches();
  const t0 = performance.now();
  let rows = 0;
  const worker = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (let b = source.next(); !b.done && performance.now() - t0 < ms; b = source.next()) {
        const { id, day, entries } = b.value;
        const params: unknown[] = [];
        const values = entries.map((e, i) => {
          params.push(id, day, e.seq, JSON.stringify(e), Date.now());
          const n = i * 5;
          return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}::jsonb, $${n + 5})`;
        });
        await client.query(
          `INSERT INTO ceiling_entries (office_id, day, seq, entry, received_at) VALUES ${values.join(', ')}`,
          params,
        );
        rows += entries.length;
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - t0) / 1000;
  await admin.query('DROP TABLE ceiling_entries');
  await admin.end();
  return { rows, rowsPerSec: rows / seconds };
}
