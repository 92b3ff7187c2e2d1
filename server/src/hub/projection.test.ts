// The projector writes, for each batch, only the ticket rows the batch's events changed: a big
// centre's late batch costs what it holds, not the day's thousands of tickets.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDay } from '../bench/generate-day.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { Engines } from '../test-support/hub-harness.js';
import type { Db, Queryable } from './db.js';
import { ingestBatch } from './ingest.js';
import { migrate } from './migrations.js';
import { addOffice } from './office-keys.js';
import { Projector } from './projection.js';

const DAY = '2026-03-02';
const START = Date.parse(`${DAY}T09:00:00+05:00`);
const batch = (entries: readonly JournalEntry[]) => ({
  entries: entries.map((entry) => ({ day: DAY, seq: entry.seq, entry })),
});

/** The same database, recording how many ticket rows each upsert carried. */
function countingTickets(db: Db, written: number[]): Db {
  const spy = (tx: Queryable): Queryable => ({
    exec: (sql) => tx.exec(sql),
    query: (sql, params) => {
      if (sql.includes('INSERT INTO tickets')) {
        written.push((JSON.parse(String(params?.[2])) as unknown[]).length);
      }
      return tx.query(sql, params);
    },
  });
  return { ...db, transaction: (fn) => db.transaction((tx) => fn(spy(tx))) };
}

describe('hub projection', () => {
  const engines = new Engines();
  let db: Db;
  const day = generateDay(DEMO_OFFICE, DAY, START, 300, false);

  beforeAll(async () => {
    db = await engines.open('pglite');
    await migrate(db);
    await addOffice(db, { id: 'almaly', name: 'Almaly', district: 'almaty' }, 0);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    engines.destroy();
  });

  it('writes one ticket row for a batch whose one event touches one ticket of a big day', async () => {
    const at = day.entries.findLastIndex(
      (e) => e.events.length === 1 && e.events[0]?.type === 'ticket:started',
    );
    expect(at).toBeGreaterThan(100);
    const projector = new Projector();
    const first: number[] = [];
    await ingestBatch(countingTickets(db, first), projector, 'almaly', batch(day.entries.slice(0, at)), 1);
    expect(first.reduce((a, b) => a + b, 0)).toBeGreaterThan(250);

    // Serialising is what finding changed tickets by comparison cost: once per ticket of the day.
    const stringify = vi.spyOn(JSON, 'stringify');
    const then: number[] = [];
    await ingestBatch(
      countingTickets(db, then),
      projector,
      'almaly',
      batch(day.entries.slice(at, at + 1)),
      2,
    );
    const serialised = stringify.mock.calls.length;
    stringify.mockRestore();
    expect(then).toEqual([1]);
    expect(serialised).toBeLessThan(10);

    await ingestBatch(db, projector, 'almaly', batch(day.entries.slice(at + 1)), 3);
    const rows = await db.query<{ ticket_id: string; status: string; ended_at: number | null }>(
      `SELECT ticket_id, status, ended_at FROM tickets WHERE office_id = 'almaly' AND day = $1`,
      [DAY],
    );
    const want = Object.values(day.state.tickets).map((t) => ({
      ticket_id: t.id,
      status: t.status,
      ended_at: t.endedAt,
    }));
    const byId = (a: { ticket_id: string }, b: { ticket_id: string }) =>
      a.ticket_id.localeCompare(b.ticket_id);
    expect(rows.sort(byId)).toEqual(want.sort(byId));
  });
});
