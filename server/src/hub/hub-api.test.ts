// The hub's API on both engines: a real PostgreSQL server and the embedded PGlite answer alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@kezek/shared';
import { generateDay } from '../bench/generate-day.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { summarizeDay } from '../reports/day-summary.js';
import { WorkTracker } from '../reports/work-time.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { Engines, startTestHub, type Engine, type TestHub } from '../test-support/hub-harness.js';
import { migrate, MIGRATIONS } from './migrations.js';
import { addViewer } from './viewers.js';

const DAY = '2026-03-02';
const START = Date.parse(`${DAY}T09:00:00+05:00`);
const batch = (entries: readonly JournalEntry[], day = DAY) => ({
  entries: entries.map((entry) => ({ day, seq: entry.seq, entry })),
});

const engines = new Engines();
afterAll(() => engines.destroy());

describe.each<Engine>(['postgres', 'pglite'])('hub API on %s', (engine) => {
  let hub: TestHub;
  let key: string;
  const closed = generateDay(DEMO_OFFICE, DAY, START, 40, true);

  beforeAll(async () => {
    hub = await startTestHub(await engines.open(engine));
    key = await hub.office('almaly');
  }, 120_000);
  afterAll(() => hub?.close());

  it('answers health with status ok and the engine', async () => {
    const res = await fetch(`${hub.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: engine, offices: 1 });
  });

  it('runs each migration once and records it', async () => {
    expect(await migrate(hub.db)).toEqual([]);
    const rows = await hub.db.query<{ version: number }>('SELECT version FROM hub_migrations');
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses a batch without a key, with a key it never issued, or with a forged secret', async () => {
    const body = batch(closed.entries.slice(0, 2));
    expect((await hub.post('/api/hub/entries', body)).status).toBe(401);
    expect((await hub.post('/api/hub/entries', body, 'nobody.abc')).status).toBe(401);
    const forged = `almaly.${'A'.repeat(43)}`;
    expect(await hub.post('/api/hub/entries', body, forged)).toEqual({
      status: 401,
      body: { error: 'unauthorized' },
    });
  });

  it('refuses a malformed batch with invalid_payload and stores nothing', async () => {
    const bad = [
      {},
      { entries: [] },
      { entries: [{ day: 'yesterday', seq: 1, entry: closed.entries[0] }] },
      { entries: [{ day: DAY, seq: 2, entry: closed.entries[0] }] },
      { entries: [{ day: DAY, seq: 1, entry: { seq: 1 } }] },
    ];
    for (const body of bad) {
      expect(await hub.post('/api/hub/entries', body, key)).toEqual({
        status: 400,
        body: { error: 'invalid_payload' },
      });
    }
    expect(await rawCount(hub, 'almaly')).toBe(0);
  });

  it('stores a batch sent twice once, and answers the last seq it holds without a gap', async () => {
    const first = batch(closed.entries.slice(0, 10));
    const ok = { status: 200, body: { days: [{ day: DAY, lastSeq: 10 }] } };
    expect(await hub.post('/api/hub/entries', first, key)).toEqual(ok);
    expect(await hub.post('/api/hub/entries', first, key)).toEqual(ok);
    expect(await rawCount(hub, 'almaly')).toBe(10);
    // 11 is missing: 12-13 are kept, but the answer stays 10 until 11 arrives.
    const gapped = batch(closed.entries.slice(11, 13));
    expect((await hub.post('/api/hub/entries', gapped, key)).body).toEqual({
      days: [{ day: DAY, lastSeq: 10 }],
    });
    const filled = batch(closed.entries.slice(10, 11));
    expect((await hub.post('/api/hub/entries', filled, key)).body).toEqual({
      days: [{ day: DAY, lastSeq: 13 }],
    });
  });

  it('projects tickets and the closed day with the office code: the same tickets and summary', async () => {
    for (let i = 13; i < closed.entries.length; i += 200) {
      const res = await hub.post('/api/hub/entries', batch(closed.entries.slice(i, i + 200)), key);
      expect(res.status).toBe(200);
    }
    const rows = await hub.db.query<{ data: Ticket; status: string; outcome: string | null }>(
      `SELECT data, status, outcome FROM tickets WHERE office_id = 'almaly' AND day = $1 ORDER BY ticket_id`,
      [DAY],
    );
    const expected = Object.values(closed.state.tickets).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(rows.map((r) => r.data)).toEqual(expected);
    expect(rows.map((r) => r.status)).toEqual(expected.map((t) => t.status));

    const work = new WorkTracker();
    for (const e of closed.entries) work.apply(e.events);
    const closedAt = closed.state.closedAt ?? 0;
    const office = summarizeDay(DAY, Object.values(closed.state.tickets), closed.state.config, {
      until: closedAt,
      work: work.record(closedAt),
    });
    const [summary] = await hub.db.query<{ summary: unknown; closed_at: number }>(
      `SELECT summary, closed_at FROM day_summaries WHERE office_id = 'almaly' AND day = $1`,
      [DAY],
    );
    expect(summary).toEqual({ summary: JSON.parse(JSON.stringify(office)), closed_at: closedAt });
  });

  it("writes only the key's own office: another office's key files its entries under that office", async () => {
    const otherKey = await hub.office('kazybek', 'karaganda');
    const open = generateDay(DEMO_OFFICE, DAY, START, 5, false);
    const res = await hub.post('/api/hub/entries', batch(open.entries), otherKey);
    expect(res.body).toEqual({ days: [{ day: DAY, lastSeq: open.entries.length }] });
    expect(await rawCount(hub, 'kazybek')).toBe(open.entries.length);
    expect(await rawCount(hub, 'almaly')).toBe(closed.entries.length);
    const [live] = await hub.db.query<{ projected_seq: number; closed_at: number | null }>(
      `SELECT projected_seq, closed_at FROM office_days WHERE office_id = 'kazybek'`,
    );
    expect(live).toEqual({ projected_seq: open.entries.length, closed_at: null });
  });

  it('stores an entry whose note holds U+0000, which jsonb cannot, so the link never jams on it', async () => {
    const noted = await hub.office('noted');
    const open = generateDay(DEMO_OFFICE, DAY, START, 3, false);
    const entries = structuredClone(open.entries);
    const finished = entries.flatMap((e) => e.events).find((e) => e.type === 'ticket:finished');
    if (finished?.type !== 'ticket:finished') throw new Error('no finished visit in the day');
    finished.note = 'a\u0000b';
    const res = await hub.post('/api/hub/entries', batch(entries), noted);
    expect(res).toEqual({ status: 200, body: { days: [{ day: DAY, lastSeq: entries.length }] } });
    const [row] = await hub.db.query<{ note: string }>(
      `SELECT data->>'note' AS note FROM tickets WHERE office_id = 'noted' AND ticket_id = $1`,
      [finished.ticketId],
    );
    expect(row?.note).toBe('a\uFFFDb');
  });

  it('marks a day whose events cannot be folded, keeping the raw copy whole', async () => {
    const broken = await hub.office('broken');
    const entry: JournalEntry = {
      seq: 1,
      at: START,
      req: null,
      events: [{ type: 'desk:closed', at: START, deskId: 'd1' }],
      ack: null,
    };
    expect((await hub.post('/api/hub/entries', batch([entry]), broken)).body).toEqual({
      days: [{ day: DAY, lastSeq: 1 }],
    });
    const [row] = await hub.db.query<{ projection_error: string | null }>(
      `SELECT projection_error FROM office_days WHERE office_id = 'broken'`,
    );
    expect(row?.projection_error).toMatch(/day:opened/);
  });
});

describe.each<Engine>(['postgres', 'pglite'])('regional figures on %s', (engine) => {
  let hub: TestHub;
  const live = async (key: string) => {
    const res = await fetch(`${hub.url}/api/region/live`, { headers: { authorization: `Bearer ${key}` } });
    return {
      status: res.status,
      body: (await res.json()) as { offices: { id: string }[] } & Record<string, unknown>,
    };
  };

  beforeAll(async () => {
    hub = await startTestHub(await engines.open(engine), { clock: () => START + 3_600_000 });
  }, 120_000);
  afterAll(() => hub?.close());

  it("shows a regional viewer every office with the office's own figures, a district viewer only theirs", async () => {
    const almaly = await hub.office('almaly', 'almaty');
    await hub.office('nura', 'karaganda');
    const day = generateDay(DEMO_OFFICE, DAY, START, 30, false);
    for (let i = 0; i < day.entries.length; i += 200) {
      await hub.post('/api/hub/entries', batch(day.entries.slice(i, i + 200)), almaly);
    }
    const region = await addViewer(hub.db, { id: 'akim', name: 'Region', district: null }, 0);
    const karaganda = await addViewer(
      hub.db,
      { id: 'karaganda', name: 'Karaganda', district: 'karaganda' },
      0,
    );

    const all = await live(region);
    expect(all.status).toBe(200);
    expect(all.body.viewer).toEqual({ district: null });
    expect(all.body.offices.map((o) => o.id)).toEqual(['almaly', 'nura']);
    const tickets = Object.values(day.state.tickets);
    const count = (f: (t: Ticket) => boolean) => tickets.filter(f).length;
    expect(all.body.offices[0]).toMatchObject({
      id: 'almaly',
      district: 'almaty',
      day: DAY,
      closed: false,
      waiting: count((t) => t.status === 'waiting'),
      served: count((t) => t.status === 'finished'),
      noShows: count((t) => t.status === 'no_show'),
      outcomes: {
        solved: count((t) => t.outcome === 'solved'),
        consulted: count((t) => t.outcome === 'consulted'),
        in_progress: count((t) => t.outcome === 'in_progress'),
        redirected: count((t) => t.outcome === 'redirected'),
      },
      lastReceivedAt: START + 3_600_000,
    });
    expect(all.body.offices[1]).toMatchObject({ id: 'nura', day: null, lastReceivedAt: null });

    const district = await live(karaganda);
    expect(district.body.offices.map((o) => o.id)).toEqual(['nura']);
  });

  it('opens the figures to viewer keys only: an office key and a forged key are refused', async () => {
    const officeKey = await hub.office('ozen', 'mangystau');
    expect((await live(officeKey)).status).toBe(401);
    expect((await live(`akim.${'A'.repeat(43)}`)).status).toBe(401);
    const res = await fetch(`${hub.url}/api/region/live`);
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 401,
      body: { error: 'unauthorized' },
    });
    // And a viewer's key writes nothing.
    const viewer = await addViewer(hub.db, { id: 'viewer2', name: 'V', district: null }, 0);
    const entries = generateDay(DEMO_OFFICE, DAY, START, 1, false).entries;
    expect((await hub.post('/api/hub/entries', batch(entries), viewer)).status).toBe(401);
  });

  it('serves the page in the language asked for, Kazakh otherwise', async () => {
    for (const [lang, title] of [
      ['kk', 'Аймақ'],
      ['ru', 'Регион'],
      ['en', 'Region'],
      ['xx', 'Аймақ'],
    ] as const) {
      const html = await (await fetch(`${hub.url}/?lang=${lang}`)).text();
      expect(html).toContain(`<title>${title}`);
    }
  });
});

async function rawCount(hub: TestHub, office: string): Promise<number> {
  const [row] = await hub.db.query<{ n: number }>(
    'SELECT count(*)::integer AS n FROM raw_entries WHERE office_id = $1',
    [office],
  );
  return row?.n ?? 0;
}
