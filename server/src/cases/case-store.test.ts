// The case journal on a real disk: what was acknowledged is there after a reopen, a torn last line is
// dropped, a corrupt middle line refuses to start, a failed write is refused and healed.
import { appendFile, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseRules, DEFAULT_CASE_SETTINGS, type CaseCommand } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { caseJournalPath, fileCaseStorage, memoryCaseStorage, type CaseStorage } from './case-storage.js';
import { CaseStore, KEEP_SETTLED_MS } from './case-store.js';

const NOW = Date.parse('2026-03-06T11:00:00+05:00');
const rules = caseRules(DEFAULT_CASE_SETTINGS, 'Asia/Almaty');

function open(storage: CaseStorage, ids = { n: 0 }) {
  return CaseStore.open({
    storage,
    clock: () => NOW,
    newId: () => `id${++ids.n}`,
    log: silentLogger,
    rules: () => rules,
  });
}

const openCmd: CaseCommand = {
  type: 'open',
  by: 'u-op1',
  sectorId: 'legal',
  serviceId: null,
  topic: 'Appeal',
  lang: 'kk',
  contact: { name: null, phone: null, iin: null },
  source: { kind: 'desk' },
};

const none = () => null;

describe('the case journal on disk', () => {
  it('reopens with every acknowledged case and goes on numbering after them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kezek-cases-'));
    const ids = { n: 0 };
    const first = await open(fileCaseStorage(dir, silentLogger), ids);
    for (let i = 0; i < 3; i += 1)
      expect((await first.run(openCmd, { actorId: 'u-op1', requestId: `r${i}` }, none)).ok).toBe(true);
    const before = structuredClone(first.cases);
    await first.close();
    const second = await open(fileCaseStorage(dir, silentLogger), ids);
    expect(second.cases).toEqual(before);
    await second.run(openCmd, { actorId: 'u-op1', requestId: 'r-next' }, none);
    expect(Object.values(second.cases.cases).map((k) => k.number)).toEqual([
      'KZ-2026-00001',
      'KZ-2026-00002',
      'KZ-2026-00003',
      'KZ-2026-00004',
    ]);
    await second.close();
  });

  it('drops a torn last line left by a power cut and refuses a corrupt middle line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kezek-cases-'));
    const first = await open(fileCaseStorage(dir, silentLogger));
    await first.run(openCmd, { actorId: 'u-op1', requestId: 'r1' }, none);
    await first.close();
    const path = caseJournalPath(dir);
    await appendFile(path, '{"seq":2,"at":1,"req":null,"ev');
    const healed = await open(fileCaseStorage(dir, silentLogger));
    expect(Object.keys(healed.cases.cases)).toHaveLength(1);
    await healed.close();
    const text = await readFile(path, 'utf8');
    await writeFile(path, `{broken\n${text}`);
    await expect(open(fileCaseStorage(dir, silentLogger))).rejects.toThrow();
  });

  it('refuses a command whose write failed, then rebuilds from what is durable', async () => {
    const storage = memoryCaseStorage();
    const store = await open(storage);
    expect((await store.run(openCmd, { actorId: 'a', requestId: 'r1' }, none)).ok).toBe(true);
    storage.current?.breakWith();
    expect(await store.run(openCmd, { actorId: 'a', requestId: 'r2' }, none)).toEqual({
      ok: false,
      error: 'storage_failed',
    });
    // The next command reopens the journal: the refused case is gone, the numbering has not moved.
    const r = await store.run(openCmd, { actorId: 'a', requestId: 'r3' }, (_e, s) =>
      Object.values(s.cases).map((k) => k.number),
    );
    expect(r).toEqual({ ok: true, data: ['KZ-2026-00001', 'KZ-2026-00002'] });
  });

  it('moves long-settled cases to the archive: the journal shrinks, numbers go on, reports still count them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kezek-cases-'));
    let now = NOW;
    let n = 0;
    const deps = () => ({
      storage: fileCaseStorage(dir, silentLogger),
      clock: () => now,
      newId: () => `id${++n}`,
      log: silentLogger,
      rules: () => rules,
    });
    const first = await CaseStore.open(deps());
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const r = await first.run(openCmd, { actorId: 'u', requestId: `o${i}` }, (e) =>
        e[0]?.type === 'case:opened' && e[0].case ? e[0].case.id : '',
      );
      if (r.ok) ids.push(r.data);
    }
    for (const caseId of ids.slice(0, 2))
      await first.run(
        { type: 'answer', caseId, by: 'u', result: 'solved', text: 'Done' },
        { actorId: 'u', requestId: `a${caseId}` },
        none,
      );
    const codeOfFirst = first.cases.cases[ids[0] ?? '']?.code ?? '';
    const before = (await stat(caseJournalPath(dir))).size;
    now += KEEP_SETTLED_MS + 60_000;
    expect(await first.compact()).toBe(2);
    expect(Object.keys(first.cases.cases)).toEqual([ids[2]]);
    expect((await stat(caseJournalPath(dir))).size).toBeLessThan(before);
    await first.close();

    const second = await CaseStore.open(deps());
    expect(Object.keys(second.cases.cases)).toEqual([ids[2]]);
    const next = await second.run(openCmd, { actorId: 'u', requestId: 'o-next' }, (_e, s) =>
      Object.values(s.cases).map((k) => k.number),
    );
    expect(next).toEqual({ ok: true, data: ['KZ-2026-00003', 'KZ-2026-00004'] });
    const all = await second.reportCasesOfYears(2026, 2026);
    expect(all).toHaveLength(4);
    expect(
      all
        .filter((k) => k.status === 'answered')
        .map((k) => k.id)
        .sort(),
    ).toEqual(ids.slice(0, 2).sort());
    expect(await second.findByCode(codeOfFirst)).toMatchObject({ id: ids[0], status: 'answered' });
    await second.close();
  });
});
