// The office's case journal and documents reaching a real hub on a real PostgreSQL server: cases are
// folded there with the office's own case code, a compaction's new journal file is a new generation that
// neither loses nor doubles a case, a forgotten acknowledgement sends nothing twice, settings arrive
// without logins, and only the office's own key reads its data back.
import { mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRules, DEFAULT_CASE_SETTINGS, type CaseCommand } from '@kezek/shared';
import { fileCaseStorage } from '../cases/case-storage.js';
import { CaseStore, KEEP_SETTLED_MS } from '../cases/case-store.js';
import { addViewer } from '../hub/viewers.js';
import { regionLive } from '../hub/region-live.js';
import { silentLogger } from '../logger.js';
import { Engines, startTestHub, type TestHub } from '../test-support/hub-harness.js';
import { forwardingCaseStorage } from './forwarding-case-storage.js';
import { linkDir } from './link-state.js';
import { LinkSwitch } from './link-switch.js';

const NOW = Date.parse('2026-03-06T11:00:00+05:00');
const rules = caseRules(DEFAULT_CASE_SETTINGS, 'Asia/Almaty');
const openCmd: CaseCommand = {
  type: 'open',
  by: 'u-op1',
  sectorId: 'legal',
  serviceId: null,
  topic: 'Appeal',
  lang: 'kk',
  contact: { name: 'Aigerim', phone: null, iin: null },
  source: { kind: 'desk' },
};
const caseId = (e: { type: string; case?: { id: string } }[]) => e[0]?.case?.id ?? '';

const engines = new Engines();
let hub: TestHub;
let key: string;

beforeAll(async () => {
  hub = await startTestHub(await engines.open('postgres'));
  key = await hub.office('almaly');
}, 120_000);
afterAll(async () => {
  await hub?.close();
  engines.destroy();
});

async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const hubCases = () =>
  hub.db.query<{ case_id: string; number: string; status: string; answered_on_time: boolean | null }>(
    'SELECT case_id, number, status, answered_on_time FROM cases WHERE office_id = $1 ORDER BY number',
    ['almaly'],
  );
const rawCount = async () =>
  (await hub.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM raw_case_entries'))[0]?.n ?? 0;

describe('the case and document link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kezek-caselink-'));
  let now = NOW;
  let n = 0;
  let link: LinkSwitch;
  let store: CaseStore;
  const open = () =>
    CaseStore.open({
      storage: forwardingCaseStorage(fileCaseStorage(dir, silentLogger), link.cases),
      clock: () => now,
      newId: () => `id${++n}`,
      log: silentLogger,
      rules: () => rules,
    });
  const meta = (r: string) => ({ actorId: 'u-op1', requestId: r });

  beforeAll(async () => {
    link = new LinkSwitch({ dataDir: dir, log: silentLogger, retryMs: 50, maxRetryMs: 200, idleMs: 100 });
    await link.use({ url: hub.url, key });
    store = await open();
  });
  afterAll(async () => {
    await store.close();
    await link.stop();
  });

  it('forwards opened, extended and answered cases, folded on the hub as the office folds them', async () => {
    const a = await store.run(openCmd, meta('o1'), caseId);
    const b = await store.run(openCmd, meta('o2'), caseId);
    await store.run(openCmd, meta('o3'), caseId);
    if (!a.ok || !b.ok) throw new Error('open failed');
    await store.run(
      { type: 'answer', caseId: a.data, by: 'u-op1', result: 'solved', text: 'Done' },
      meta('a1'),
      () => null,
    );
    await store.run(
      { type: 'extend', caseId: b.data, by: 'u-op1', reason: 'Expert', dueOn: null },
      meta('e1'),
      () => null,
    );
    await until(
      'three cases on the hub',
      async () => (await hubCases()).length === 3 && (await hubCases())[0]?.status === 'answered',
    );
    expect((await hubCases()).map((k) => [k.number, k.status, k.answered_on_time])).toEqual([
      ['KZ-2026-00001', 'answered', true],
      ['KZ-2026-00002', 'open', null],
      ['KZ-2026-00003', 'open', null],
    ]);
    const [row] = await hub.db.query<{ extended: boolean; data: unknown }>(
      'SELECT extended, data FROM cases WHERE case_id = $1',
      [b.data],
    );
    expect(row?.extended).toBe(true);
    expect(row?.data).toEqual(JSON.parse(JSON.stringify(store.cases.cases[b.data])));
    await until('nothing pending', async () => link.status()?.pending === 0);
  });

  it('counts open and overdue cases per office on the live regional row', async () => {
    await addViewer(hub.db, { id: 'akim', name: 'Akim', district: null }, 0);
    const [soon] = await regionLive(hub.db, { id: 'akim', district: null }, NOW);
    expect(soon).toMatchObject({ id: 'almaly', casesOpen: 2, casesOverdue: 0 });
    const [later] = await regionLive(hub.db, { id: 'akim', district: null }, NOW + 30 * 86_400_000);
    expect(later).toMatchObject({ casesOpen: 2, casesOverdue: 1 });
  });

  it('after a compaction rewrites the journal, the new file neither loses nor doubles a case', async () => {
    now += KEEP_SETTLED_MS + 60_000;
    expect(await store.compact()).toBe(1);
    const c = await store.run(openCmd, meta('o4'), caseId);
    expect(c.ok).toBe(true);
    await until('four cases on the hub', async () => (await hubCases()).length === 4);
    expect((await hubCases()).map((k) => [k.number, k.status])).toEqual([
      ['KZ-2026-00001', 'answered'],
      ['KZ-2026-00002', 'open'],
      ['KZ-2026-00003', 'open'],
      ['KZ-2026-00004', 'open'],
    ]);
    const generations = await hub.db.query('SELECT DISTINCT generation FROM raw_case_entries');
    expect(generations).toHaveLength(2);
    const counters = await hub.db.query('SELECT key, seq FROM case_counters WHERE office_id = $1', [
      'almaly',
    ]);
    expect(counters).toEqual([{ key: 'KZ-2026', seq: 4 }]);
    await until('the old file released', async () => link.status()?.pending === 0);
  });

  it('sends nothing twice when the office forgets what the hub acknowledged', async () => {
    const before = await rawCount();
    await link.use(null);
    await rm(join(linkDir(dir), 'cases-acked.json'), { force: true });
    await link.use({ url: hub.url, key });
    await store.run(openCmd, meta('o5'), caseId);
    await until('the fifth case', async () => (await hubCases()).length === 5);
    expect(await rawCount()).toBe(before + 1);
  });

  it('forwards settings without login sessions when they change', async () => {
    const settings = { schemaVersion: 2, office: { name: 'A' }, users: [], sessions: [{ tokenHash: 'x' }] };
    await writeFile(join(dir, 'settings.json'), JSON.stringify(settings));
    const stored = async () =>
      (
        await hub.db.query<{ body: Record<string, unknown> }>(
          "SELECT body FROM office_documents WHERE office_id = 'almaly' AND kind = 'settings'",
        )
      )[0]?.body;
    await until('settings on the hub', async () => (await stored()) !== undefined);
    expect(await stored()).toEqual({ ...settings, sessions: [] });
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ ...settings, office: { name: 'B' } }));
    await until(
      'the change on the hub',
      async () =>
        (await stored())?.office !== undefined && JSON.stringify((await stored())?.office) === '{"name":"B"}',
    );
  });

  it("forwards each closed day's summary once", async () => {
    await mkdir(join(dir, 'days'), { recursive: true });
    const summary = { schemaVersion: 1, day: '2026-03-05', closedAt: NOW, summary: { arrived: 12 } };
    await writeFile(join(dir, 'days', '2026-03-05.summary.json'), JSON.stringify(summary));
    const rows = () =>
      hub.db.query<{ key: string; body: unknown }>(
        "SELECT key, body FROM office_documents WHERE office_id = 'almaly' AND kind = 'day-summary'",
      );
    await until('the summary on the hub', async () => (await rows()).length === 1);
    expect(await rows()).toEqual([{ key: '2026-03-05', body: summary }]);
  });

  it('reads cases back only with the office own key', async () => {
    const get = async (k: string) => {
      const res = await fetch(`${hub.url}/api/hub/restore/cases`, {
        headers: { authorization: `Bearer ${k}` },
      });
      return { status: res.status, body: (await res.json()) as { cases?: unknown[]; counters?: unknown } };
    };
    const own = await get(key);
    expect(own.status).toBe(200);
    expect(own.body.cases).toHaveLength(5);
    expect(own.body.counters).toEqual({ 'KZ-2026': 5 });
    const other = await get(await hub.office('other'));
    expect(other.body).toEqual({ cases: [], counters: {} });
    expect((await get('almaly.forged')).status).toBe(401);
  });
});
