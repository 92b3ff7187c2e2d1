// The projector writes, for each batch, only the ticket rows the batch's events changed: a big
// centre's late batch costs what it holds, not the day's thousands of tickets.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '@kezek/shared';
import { generateDay } from '../bench/generate-day.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { Engines } from '../test-support/hub-harness.js';
import type { Db, Queryable } from './db.js';
import { ingestBatch } from './ingest.js';
import { migrate } from './migrations.js';
import { addOffice } from './office-keys.js';
import { Projector } from './projection.js';
import { HubBatch, MAX_BATCH_ENTRIES } from './wire.js';

const DAY = '2026-03-02';
const START = Date.parse(`${DAY}T09:00:00+05:00`);
// Through the route's own schema, as the hub takes a batch.
const batch = (entries: readonly JournalEntry[]) =>
  HubBatch.parse({ entries: entries.map((entry) => ({ day: DAY, seq: entry.seq, entry })) });

/** A long run of entries as the forwarder sends it: batches of at most the largest the hub takes. */
async function ingestAll(db: Db, projector: Projector, officeId: string, entries: readonly JournalEntry[]) {
  for (let i = 0; i < entries.length; i += MAX_BATCH_ENTRIES) {
    await ingestBatch(db, projector, officeId, batch(entries.slice(i, i + MAX_BATCH_ENTRIES)), i);
  }
}

/** The same database, recording how many ticket rows each upsert carried and each read-back of entries. */
function counting(db: Db, written: number[], readBacks: number[] = []): Db {
  const spy = (tx: Queryable): Queryable => ({
    exec: (sql) => tx.exec(sql),
    query: (sql, params) => {
      if (sql.includes('INSERT INTO tickets')) {
        written.push((JSON.parse(String(params?.[2])) as unknown[]).length);
      }
      if (sql.includes('SELECT seq, entry FROM raw_entries')) readBacks.push(Number(params?.[2]));
      return tx.query(sql, params);
    },
  });
  return { ...db, transaction: (fn) => db.transaction((tx) => fn(spy(tx))) };
}

async function ticketRows(db: Db, officeId: string) {
  const rows = await db.query<{ ticket_id: string; status: string; ended_at: number | null }>(
    `SELECT ticket_id, status, ended_at FROM tickets WHERE office_id = $1 AND day = $2 ORDER BY ticket_id`,
    [officeId, DAY],
  );
  return rows;
}

function wantedRows(state: { tickets: Record<string, Ticket> }) {
  return Object.values(state.tickets)
    .map((t) => ({ ticket_id: t.id, status: t.status, ended_at: t.endedAt }))
    .sort((a, b) => (a.ticket_id < b.ticket_id ? -1 : a.ticket_id > b.ticket_id ? 1 : 0));
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
    await ingestAll(counting(db, first), projector, 'almaly', day.entries.slice(0, at));
    expect(first.reduce((a, b) => a + b, 0)).toBeGreaterThan(250);

    // Serialising is what finding changed tickets by comparison cost: once per ticket of the day.
    const stringify = vi.spyOn(JSON, 'stringify');
    const then: number[] = [];
    await ingestBatch(counting(db, then), projector, 'almaly', batch(day.entries.slice(at, at + 1)), 2);
    const serialised = stringify.mock.calls.length;
    stringify.mockRestore();
    expect(then).toEqual([1]);
    expect(serialised).toBeLessThan(10);

    await ingestAll(db, projector, 'almaly', day.entries.slice(at + 1));
    expect(await ticketRows(db, 'almaly')).toEqual(wantedRows(day.state));
  });

  it('folds a batch that continues the day from the request, reading back only a day it has not folded', async () => {
    await addOffice(db, { id: 'second', name: 'Second', district: 'almaty' }, 0);
    const projector = new Projector();
    const readBacks: number[] = [];
    const spied = counting(db, [], readBacks);
    await ingestBatch(spied, projector, 'second', batch(day.entries.slice(0, 100)), 1);
    await ingestBatch(spied, projector, 'second', batch(day.entries.slice(100, 200)), 2);
    expect(readBacks).toEqual([]);
    // A hub process that has not seen the day (a restart, another process) folds it from raw_entries.
    await ingestAll(spied, new Projector(), 'second', day.entries.slice(200));
    expect(readBacks[0]).toBe(0);
    expect(await ticketRows(db, 'second')).toEqual(wantedRows(day.state));
  });
});
