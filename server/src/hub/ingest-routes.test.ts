// The hub under more batches than its database can take: the ones past its limit are turned away at
// once with 503 and Retry-After, and a batch whose office gave up while it waited is not stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDay } from '../bench/generate-day.js';
import { silentLogger } from '../logger.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { Engines } from '../test-support/hub-harness.js';
import type { Db } from './db.js';
import { createHub, type Hub } from './hub-app.js';
import { migrate } from './migrations.js';
import { addOffice } from './office-keys.js';

const DAY = '2026-03-02';
const START = Date.parse(`${DAY}T09:00:00+05:00`);
const day = generateDay(DEMO_OFFICE, DAY, START, 5, false);
const body = (from: number, to: number) =>
  JSON.stringify({
    entries: day.entries.slice(from, to).map((entry) => ({ day: DAY, seq: entry.seq, entry })),
  });

describe('hub ingest under load', () => {
  const engines = new Engines();
  let db: Db;
  let hub: Hub;
  let url: string;
  let key: string;
  /** While set, every transaction waits for it first, as batches wait for a pooled connection. */
  let held: Promise<void> | null = null;

  beforeAll(async () => {
    db = await engines.open('pglite');
    await migrate(db);
    key = await addOffice(db, { id: 'almaly', name: 'Almaly', district: 'almaty' }, 0);
    const slow: Db = {
      ...db,
      transaction: async (fn) => {
        await held;
        return db.transaction(fn);
      },
    };
    hub = await createHub({ db: slow, log: silentLogger, version: 'test', ingestLimit: 1 });
    url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
  }, 120_000);
  afterAll(async () => {
    // The aborted request's keep-alive peer is never idle to Node's server, so close would wait on it.
    hub?.http.server.closeAllConnections();
    await hub?.close();
    await db?.close();
    engines.destroy();
  });

  const post = (payload: string, signal?: AbortSignal) =>
    fetch(`${url}/api/hub/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: payload,
      ...(signal ? { signal } : {}),
    });
  const storedSeqs = async () =>
    (
      await db.query<{ seq: number }>(`SELECT seq FROM raw_entries WHERE office_id = 'almaly' ORDER BY seq`)
    ).map((r) => r.seq);
  const hold = () => {
    let release: () => void = () => undefined;
    held = new Promise<void>((r) => (release = r));
    return () => {
      held = null;
      release();
    };
  };

  it('answers a batch past the limit 503 with Retry-After at once, and stores the one in flight', async () => {
    const release = hold();
    const first = post(body(0, 3));
    await new Promise((r) => setTimeout(r, 200));
    const second = await post(body(0, 3));
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(await second.json()).toEqual({ error: 'rate_limited' });
    release();
    const stored = await first;
    expect(stored.status).toBe(200);
    await stored.text();
    expect(await storedSeqs()).toEqual([1, 2, 3]);
  });

  it('stores nothing of a batch whose office stopped waiting before a connection was free', async () => {
    const release = hold();
    const gaveUp = new AbortController();
    const abandoned = post(body(3, 6), gaveUp.signal).catch(() => 'aborted');
    await new Promise((r) => setTimeout(r, 200));
    gaveUp.abort();
    expect(await abandoned).toBe('aborted');
    await new Promise((r) => setTimeout(r, 100));
    release();
    await new Promise((r) => setTimeout(r, 300));
    expect(await storedSeqs()).toEqual([1, 2, 3]);
    // The office's retry is stored as usual, and the limit is free again.
    const retry = await post(body(3, 6));
    expect(retry.status).toBe(200);
    await retry.text();
    expect(await storedSeqs()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
