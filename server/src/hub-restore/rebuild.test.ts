// rebuildOffice against a real hub, on a real PostgreSQL server and on the embedded PGlite: every day the
// hub holds comes back as a journal the office's own reader accepts entry for entry, a closed day is
// archived by the office at its start with the tickets the hub projected, the open day numbers on past the
// reservation the office last forwarded, and settled cases go to the archive while live ones stay in the
// journal.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRules, DEFAULT_CASE_SETTINGS, type Case } from '@kezek/shared';
import { generateDay } from '../bench/generate-day.js';
import { fileCaseStorage } from '../cases/case-storage.js';
import { CaseStore, KEEP_SETTLED_MS } from '../cases/case-store.js';
import { loadLinkConfig } from '../hub-link/link-config.js';
import { silentLogger } from '../logger.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { Office } from '../office/office.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { journalPath, readDayArchive } from '../storage/day-archive.js';
import { fileDayStore } from '../storage/file-day-store.js';
import { parseJournal } from '../storage/journal-read.js';
import { Engines, startTestHub, type Engine, type TestHub } from '../test-support/hub-harness.js';
import { rebuildOffice } from './rebuild.js';

const DAY1 = '2026-03-02';
const DAY2 = '2026-03-03';
const closed = generateDay(DEMO_OFFICE, DAY1, Date.parse(`${DAY1}T09:00:00+05:00`), 30, true);
const open = generateDay(DEMO_OFFICE, DAY2, Date.parse(`${DAY2}T09:00:00+05:00`), 20, false);
const NOW = Date.parse(`${DAY2}T16:00:00+05:00`);
const batch = (day: string, entries: readonly JournalEntry[]) => ({
  entries: entries.map((entry) => ({ day, seq: entry.seq, entry })),
});

const engines = new Engines();

afterAll(() => engines.destroy());

function caseOf(id: string, status: Case['status'], answeredAt: number | null): Case {
  return {
    id,
    number: `KZ-2026-0000${id.slice(1)}`,
    code: `code-${id}`,
    sectorId: 'legal',
    serviceId: null,
    topic: 'Appeal',
    lang: 'kk',
    contact: { name: null, phone: null, iin: null },
    source: { kind: 'desk' },
    registeredAt: NOW - 100 * 86_400_000,
    registeredOn: '2025-11-23',
    registeredBy: 'u-op1',
    assigneeId: null,
    status,
    dueOn: '2025-12-15',
    dueAt: NOW - 70 * 86_400_000,
    extensionLimitOn: '2026-01-23',
    redirectByOn: '2025-11-26',
    extension: null,
    redirect: null,
    answer: answeredAt === null ? null : { at: answeredAt, by: 'u-op1', result: 'solved', text: 'Done' },
    history: [],
  };
}

const readEntries = async (path: string) =>
  parseJournal(path, await readFile(path)).entries as JournalEntry[];

describe.each<Engine>(['postgres', 'pglite'])('rebuildOffice from a hub on %s', (engine) => {
  let hub: TestHub;
  let key: string;
  beforeAll(async () => {
    hub = await startTestHub(await engines.open(engine));
    key = await hub.office('almaly');
    await hub.post('/api/hub/entries', batch(DAY1, closed.entries), key);
    await hub.post('/api/hub/entries', batch(DAY2, open.entries), key);
    const settings = {
      schemaVersion: 2,
      office: DEMO_OFFICE,
      users: [],
      devices: [],
      sessions: [],
      autoPairLocal: true,
    };
    const numbers = { schemaVersion: 1, days: { [DAY2]: { legal: 400 } } };
    const docs = await hub.post(
      '/api/hub/documents',
      {
        documents: [
          { kind: 'settings', key: '', takenAt: NOW, body: settings },
          { kind: 'numbers', key: '', takenAt: NOW, body: numbers },
        ],
      },
      key,
    );
    const answered = caseOf('c1', 'answered', NOW - KEEP_SETTLED_MS - 86_400_000);
    const live = caseOf('c2', 'open', null);
    const restored = { type: 'cases:restored', at: NOW, cases: [answered, live], counters: { 'KZ-2026': 2 } };
    const cases = await hub.post(
      '/api/hub/cases',
      {
        generation: 1,
        entries: [{ seq: 1, entry: { seq: 1, at: NOW, req: null, events: [restored], ack: null } }],
      },
      key,
    );
    expect([docs.status, cases.status]).toEqual([200, 200]);
  }, 120_000);
  afterAll(() => hub?.close());

  const dir = mkdtempSync(join(tmpdir(), 'kezek-rebuild-'));

  it('writes every day as a journal the office reads back entry for entry', async () => {
    const result = await rebuildOffice({ hubUrl: hub.url, key, dataDir: dir, log: silentLogger, now: NOW });
    expect(result).toMatchObject({ days: 2, cases: 1, archivedCases: 1 });
    expect(await readEntries(journalPath(dir, DAY1))).toEqual(closed.entries);
    const second = await readEntries(journalPath(dir, DAY2));
    expect(second.slice(0, -1)).toEqual(open.entries);
    // One more entry: numbering moved past the forwarded reservation, decided by the queue's own code.
    expect(second.at(-1)?.events).toEqual([{ type: 'numbers:skipped', at: NOW, lastSeq: { legal: 400 } }]);
    expect(result.numbersFrom.legal).toBe(400);
    // The rebuilt office forwards to the same hub again without being told on its command line.
    expect(await loadLinkConfig(dir)).toEqual({ url: `${hub.url}/`, key });
  });

  it('the office started on it archives the closed day as the hub has it and numbers on past 400', async () => {
    const office = await Office.start({
      store: await fileDayStore(dir, silentLogger, { config: () => DEMO_OFFICE }),
      clock: () => NOW,
      newId: () => 'n1',
      log: silentLogger,
      config: () => DEMO_OFFICE,
      operatorNames: () => ({}),
    });
    const archive = await readDayArchive(dir, DAY1);
    const hubTickets = await hub.db.query<{ ticket_id: string; status: string }>(
      'SELECT ticket_id, status FROM tickets WHERE office_id = $1 AND day = $2 ORDER BY ticket_id',
      ['almaly', DAY1],
    );
    expect(
      archive?.tickets
        .map((t) => ({ ticket_id: t.id, status: t.status }))
        .sort((a, b) => a.ticket_id.localeCompare(b.ticket_id)),
    ).toEqual(hubTickets);
    expect(office.queue.sectors.legal?.lastSeq).toBe(400);
    await office.close();
  });

  it('keeps live cases in the journal and settled ones in the archive, numbering on after both', async () => {
    const store = await CaseStore.open({
      storage: fileCaseStorage(dir, silentLogger),
      clock: () => NOW,
      newId: () => 'c3',
      log: silentLogger,
      rules: () => caseRules(DEFAULT_CASE_SETTINGS, 'Asia/Almaty'),
    });
    expect(Object.keys(store.cases.cases)).toEqual(['c2']);
    expect(store.cases.counters).toEqual({ 'KZ-2026': 2 });
    expect(await store.findByCode('code-c1')).toMatchObject({ id: 'c1', status: 'answered' });
    const opened = await store.run(
      {
        type: 'open',
        by: 'u-op1',
        sectorId: 'legal',
        serviceId: null,
        topic: 'New',
        lang: 'kk',
        contact: { name: null, phone: null, iin: null },
        source: { kind: 'desk' },
      },
      { actorId: 'u-op1', requestId: 'r1' },
      (_e, state) => state.cases.c3?.number,
    );
    expect(opened).toEqual({ ok: true, data: 'KZ-2026-00003' });
    await store.close();
  });

  it('leaves nothing behind when the hub fails half-way', async () => {
    // In front of the hub: settings and days pass, the first day's entries fail.
    const proxy = createServer((req, res) => {
      if (req.url?.startsWith('/api/hub/restore/entries')) return void res.writeHead(500).end('{}');
      void fetch(`${hub.url}${req.url ?? ''}`, {
        headers: { authorization: req.headers.authorization ?? '' },
      }).then(async (r) =>
        res.writeHead(r.status, { 'content-type': 'application/json' }).end(await r.text()),
      );
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const { port } = proxy.address() as AddressInfo;
    const target = join(mkdtempSync(join(tmpdir(), 'kezek-rebuild-')), 'data');
    try {
      await expect(
        rebuildOffice({ hubUrl: `http://127.0.0.1:${port}`, key, dataDir: target, log: silentLogger }),
      ).rejects.toThrow(/answered 500/);
    } finally {
      proxy.close();
    }
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dirname(target))).toEqual([]);
  });

  it('refuses a folder that is not empty', async () => {
    await expect(rebuildOffice({ hubUrl: hub.url, key, dataDir: dir, log: silentLogger })).rejects.toThrow(
      /not empty/,
    );
  });
});
