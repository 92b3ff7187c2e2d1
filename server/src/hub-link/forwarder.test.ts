// The office's forwarder against a real hub on a real PostgreSQL server, over the office's real file
// journal: what the journal made durable reaches the hub once, in order, across an unreachable hub, a
// day archived in between and a restart of the forwarder.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDay } from '../bench/generate-day.js';
import { silentLogger } from '../logger.js';
import type { DayJournal, DayStore } from '../office/day-store.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { journalPath } from '../storage/day-archive.js';
import { fileDayStore } from '../storage/file-day-store.js';
import { openJournal } from '../storage/journal.js';
import { Engines, startTestHub, type TestHub } from '../test-support/hub-harness.js';
import { freePort } from '../test-support/postgres.js';
import { HubLink, type HubLinkOptions } from './forwarder.js';
import { forwardingDayStore } from './forwarding-store.js';
import { outboxPath } from './outbox.js';

const DAY = '2026-03-03';
const START = Date.parse(`${DAY}T09:00:00+05:00`);
const day = generateDay(DEMO_OFFICE, DAY, START, 60, true);

const LINK = { log: silentLogger, retryMs: 50, maxRetryMs: 200, idleMs: 100 };
const engines = new Engines();
let hub: TestHub;
let key: string;
let officeNo = 0;

beforeAll(async () => {
  hub = await startTestHub(await engines.open('postgres'));
}, 120_000);
afterAll(async () => {
  await hub?.close();
  engines.destroy();
});

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stored(office: string): Promise<JournalEntry[]> {
  const rows = await hub.db.query<{ entry: JournalEntry }>(
    'SELECT entry FROM raw_entries WHERE office_id = $1 ORDER BY day, seq',
    [office],
  );
  return rows.map((r) => r.entry);
}

interface OfficeSide {
  dataDir: string;
  office: string;
  link: HubLink;
  store: DayStore;
}

async function officeSide(hubUrl: string, dataDir?: string, office?: string): Promise<OfficeSide> {
  const id = office ?? `office-${++officeNo}`;
  if (!office) key = await hub.office(id);
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'kezek-link-'));
  const options: HubLinkOptions = {
    dataDir: dir,
    hubUrl,
    key,
    log: silentLogger,
    retryMs: 50,
    maxRetryMs: 200,
    idleMs: 100,
  };
  const link = new HubLink(options);
  await link.start();
  return {
    dataDir: dir,
    office: id,
    link,
    store: forwardingDayStore(await fileDayStore(dir, silentLogger, { config: () => DEMO_OFFICE }), link),
  };
}

async function write(journal: DayJournal, entries: readonly JournalEntry[]): Promise<void> {
  await Promise.all(entries.map((e) => journal.append(e)));
}

describe('hub link', () => {
  it('forwards each durable entry once and reports nothing pending when the hub holds them', async () => {
    const side = await officeSide(hub.url);
    const journal = await side.store.openDay(DAY, () => undefined);
    await write(journal, day.entries.slice(0, 30));
    await until('30 entries at the hub', async () => (await stored(side.office)).length === 30);
    await write(journal, day.entries.slice(30, 45));
    await until('45 entries at the hub', async () => (await stored(side.office)).length === 45);
    expect(await stored(side.office)).toEqual(JSON.parse(JSON.stringify(day.entries.slice(0, 45))));
    await until('nothing pending', () => side.link.status().pending === 0);
    expect(side.link.status()).toMatchObject({ state: 'delivering', lastError: null });
    expect(side.link.status().lastDeliveredAt).toEqual(expect.any(Number));
    await journal.close();
    await side.link.stop();
  });

  it('while the hub is unreachable it counts what waits, then delivers a day archived meanwhile', async () => {
    const port = await freePort();
    const side = await officeSide(`http://127.0.0.1:${port}`);
    const journal = await side.store.openDay(DAY, () => undefined);
    await write(journal, day.entries);
    await until('a failed attempt', () => side.link.status().lastError === 'unreachable');
    expect(side.link.status()).toMatchObject({ state: 'retrying', pending: day.entries.length });
    // The office closes the day: the journal's own name goes, the outbox keeps the file.
    await journal.close();
    await side.store.archive(
      DAY,
      day.state.closedAt ?? START,
      Object.values(day.state.tickets),
      day.state.config,
    );
    expect(existsSync(journalPath(side.dataDir, DAY))).toBe(false);
    // The office restarts still cut off: nothing of the day is left in memory, only the outbox file.
    await side.link.stop();
    const hubUrl = `http://127.0.0.1:${port}`;
    const link = new HubLink({ ...LINK, dataDir: side.dataDir, hubUrl, key });
    await link.start();
    const onPort = await startTestHub(hub.db, { port, ownsDb: false });
    try {
      await until(
        'the whole day at the hub',
        async () => (await stored(side.office)).length === day.entries.length,
      );
      expect(await stored(side.office)).toEqual(JSON.parse(JSON.stringify(day.entries)));
      // Held whole and archived: the outbox lets the file go.
      await until('the outbox released', () => !existsSync(outboxPath(side.dataDir, DAY)));
      expect(link.status()).toMatchObject({ state: 'delivering', pending: 0, lastError: null });
    } finally {
      await link.stop();
      await onPort.close();
    }
  });

  it('after a restart it resumes from what the hub acknowledged, sending nothing twice', async () => {
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests += 1;
      return fetch(input, init);
    };
    const first = await officeSide(hub.url);
    let journal = await first.store.openDay(DAY, () => undefined);
    await write(journal, day.entries.slice(0, 20));
    await until('20 at the hub', async () => (await stored(first.office)).length === 20);
    await first.link.stop();
    await journal.close();

    // A new process: the journal replays 20 entries, 20 more follow, and only those travel.
    const link = new HubLink({
      dataDir: first.dataDir,
      hubUrl: hub.url,
      key,
      log: silentLogger,
      idleMs: 100,
      fetch: counting,
      batchEntries: 5,
    });
    await link.start();
    const store = forwardingDayStore(
      await fileDayStore(first.dataDir, silentLogger, { config: () => DEMO_OFFICE }),
      link,
    );
    let replayed = 0;
    journal = await store.openDay(DAY, () => void replayed++);
    expect(replayed).toBe(20);
    await write(journal, day.entries.slice(20, 40));
    await until('40 at the hub', async () => (await stored(first.office)).length === 40);
    await until('nothing pending', () => link.status().pending === 0);
    expect(await stored(first.office)).toEqual(JSON.parse(JSON.stringify(day.entries.slice(0, 40))));
    // 20 new entries in batches of at most 5: four requests at the fewest, never a resend of the first 20.
    expect(requests).toBeGreaterThanOrEqual(4);
    expect(requests).toBeLessThanOrEqual(20);
    await link.stop();
    await journal.close();
  });

  it('backs off while the hub is away: new entries do not bring the next attempt forward', async () => {
    let attempts = 0;
    const down: typeof fetch = () => {
      attempts += 1;
      return Promise.reject(new Error('connect ECONNREFUSED'));
    };
    const dir = mkdtempSync(join(tmpdir(), 'kezek-link-'));
    const link = new HubLink({
      ...LINK,
      dataDir: dir,
      hubUrl: hub.url,
      key: 'x.y',
      fetch: down,
      retryMs: 400,
      maxRetryMs: 400,
    });
    await link.start();
    const store = forwardingDayStore(
      await fileDayStore(dir, silentLogger, { config: () => DEMO_OFFICE }),
      link,
    );
    const journal = await store.openDay(DAY, () => undefined);
    // An entry every 20 ms for a second: with the wait honoured, that is about three attempts, not fifty.
    for (const entry of day.entries.slice(0, 50)) {
      await journal.append(entry);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(attempts).toBeLessThanOrEqual(5);
    expect(link.status()).toMatchObject({ state: 'retrying', lastError: 'unreachable', pending: 50 });
    await link.stop();
    await journal.close();
  });

  it('takes a 503 from a busy hub as "later": it backs off, then delivers', async () => {
    const office = `office-${++officeNo}`;
    const officeKey = await hub.office(office);
    let busy = true;
    let refused = 0;
    const gate: typeof fetch = (input, init) => {
      if (!busy) return fetch(input, init);
      refused += 1;
      const headers = { 'content-type': 'application/json', 'retry-after': '1' };
      return Promise.resolve(new Response('{"error":"rate_limited"}', { status: 503, headers }));
    };
    const dir = mkdtempSync(join(tmpdir(), 'kezek-link-'));
    const link = new HubLink({
      ...LINK,
      dataDir: dir,
      hubUrl: hub.url,
      key: officeKey,
      fetch: gate,
      retryMs: 100,
      maxRetryMs: 400,
    });
    await link.start();
    const store = forwardingDayStore(
      await fileDayStore(dir, silentLogger, { config: () => DEMO_OFFICE }),
      link,
    );
    const journal = await store.openDay(DAY, () => undefined);
    await write(journal, day.entries.slice(0, 20));
    await until('a refused attempt', () => link.status().lastError === 'hub_error');
    expect(link.status()).toMatchObject({ state: 'retrying', pending: 20 });
    const before = refused;
    await new Promise((r) => setTimeout(r, 1000));
    // 100, 200, 400, 400 ms between attempts (less a quarter at most): four in a second, not hundreds.
    expect(refused - before).toBeLessThanOrEqual(5);
    busy = false;
    await until('20 at the hub', async () => (await stored(office)).length === 20);
    await until('delivering', () => link.status().state === 'delivering');
    await link.stop();
    await journal.close();
  });

  it('gathers entries made one at a time into few batches, and never holds back a full one', async () => {
    const office = `office-${++officeNo}`;
    const officeKey = await hub.office(office);
    const sizes: number[] = [];
    const counting: typeof fetch = (input, init) => {
      sizes.push((JSON.parse(String(init?.body)) as { entries: unknown[] }).entries.length);
      return fetch(input, init);
    };
    const dir = mkdtempSync(join(tmpdir(), 'kezek-link-'));
    const options = { ...LINK, dataDir: dir, hubUrl: hub.url, key: officeKey, fetch: counting };
    let link = new HubLink({ ...options, gatherMs: 250 });
    await link.start();
    let store = forwardingDayStore(
      await fileDayStore(dir, silentLogger, { config: () => DEMO_OFFICE }),
      link,
    );
    let journal = await store.openDay(DAY, () => undefined);
    // An entry every 10 ms for 0.3 s, as a busy office makes them.
    for (const entry of day.entries.slice(0, 30)) {
      await journal.append(entry);
      await new Promise((r) => setTimeout(r, 10));
    }
    await until('30 at the hub', async () => (await stored(office)).length === 30);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(30);
    expect(sizes.length).toBeLessThanOrEqual(6);
    await link.stop();
    await journal.close();

    // A batch that fills while it gathers goes at once, not after the (here very long) wait.
    sizes.length = 0;
    link = new HubLink({ ...options, gatherMs: 60_000, batchEntries: 10 });
    await link.start();
    store = forwardingDayStore(await fileDayStore(dir, silentLogger, { config: () => DEMO_OFFICE }), link);
    journal = await store.openDay(DAY, () => undefined);
    // One at a time: the first is a short batch that starts gathering, the tenth fills it.
    for (const entry of day.entries.slice(30, 40)) await journal.append(entry);
    await until('40 at the hub', async () => (await stored(office)).length === 40, 10_000);
    expect(sizes).toContain(10);
    await link.stop();
    await journal.close();
  });

  it("after a crash it sends nothing of an open day's journal until the office has opened it again", async () => {
    const side = await officeSide(hub.url);
    let journal = await side.store.openDay(DAY, () => undefined);
    await write(journal, day.entries.slice(0, 10));
    await until('10 at the hub', async () => (await stored(side.office)).length === 10);
    await side.link.stop();
    await journal.close();
    // More lines reached the file (written by the journal itself), but no office has read them back yet.
    const raw = await openJournal<JournalEntry>(journalPath(side.dataDir, DAY), { log: silentLogger });
    await write(raw.journal, day.entries.slice(10, 20));
    await raw.journal.close();
    const link = new HubLink({ ...LINK, dataDir: side.dataDir, hubUrl: hub.url, key });
    await link.start();
    await new Promise((r) => setTimeout(r, 500));
    expect(await stored(side.office)).toHaveLength(10);
    const store = forwardingDayStore(
      await fileDayStore(side.dataDir, silentLogger, { config: () => DEMO_OFFICE }),
      link,
    );
    journal = await store.openDay(DAY, () => undefined);
    await until('20 at the hub', async () => (await stored(side.office)).length === 20);
    await link.stop();
    await journal.close();
  });
});
