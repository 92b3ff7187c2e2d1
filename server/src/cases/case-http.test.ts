import { describe, expect, it } from 'vitest';
import { caseRules, DEFAULT_CASE_SETTINGS, type CaseCommand } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { caseQrAnswer, caseStatusAnswer } from './case-http.js';
import { memoryCaseStorage } from './case-storage.js';
import { CaseStore, KEEP_SETTLED_MS } from './case-store.js';

const rules = caseRules(DEFAULT_CASE_SETTINGS, 'Asia/Almaty');
const START = Date.parse('2026-03-06T11:00:00+05:00');

async function oneCase() {
  let now = START;
  let n = 0;
  const store = await CaseStore.open({
    storage: memoryCaseStorage(),
    clock: () => now,
    newId: () => `abcd${++n}ef`,
    log: silentLogger,
    rules: () => rules,
  });
  const contact = { name: 'Dana', phone: '+77010000000', iin: null };
  const run = (c: CaseCommand) => store.run(c, { actorId: 'u', requestId: null }, () => null);
  const source = { kind: 'desk' as const };
  await run({
    type: 'open',
    by: 'u',
    sectorId: 'legal',
    serviceId: null,
    topic: 'Private topic',
    lang: 'ru',
    contact,
    source,
  });
  await run({ type: 'note', caseId: 'abcd1ef', by: 'u', text: 'Staff only note' });
  await run({ type: 'answer', caseId: 'abcd1ef', by: 'u', result: 'solved', text: 'Road repaired' });
  return { store, later: (ms: number) => (now += ms) };
}

describe('the case status route', () => {
  it('answers the case by its code with its steps and nothing the staff wrote for themselves', async () => {
    const { store } = await oneCase();
    const a = await caseStatusAnswer(store, DEMO_OFFICE, 'abcd2ef', START);
    expect(a.status).toBe(200);
    const body = String(a.body);
    expect(JSON.parse(body)).toMatchObject({
      number: 'KZ-2026-00001',
      status: 'answered',
      steps: [{ kind: 'registered' }, { kind: 'answered', result: 'solved', text: 'Road repaired' }],
    });
    for (const secret of ['Private topic', 'Staff only note', 'Dana', '+7701', 'abcd1ef'])
      expect(body).not.toContain(secret);
  });

  it('is a 404 for the case id, the number, prototype names and junk', async () => {
    const { store } = await oneCase();
    for (const code of ['abcd1ef', 'KZ-2026-00001', 'constructor', '__proto__', '../etc', ''])
      expect((await caseStatusAnswer(store, DEMO_OFFICE, code, START)).status).toBe(404);
    expect((await caseQrAnswer(store, 'constructor', 'http://x')).status).toBe(404);
    expect((await caseQrAnswer(store, 'abcd2ef', 'http://x')).status).toBe(200);
  });

  it('still answers a receipt of a case long settled and moved to the archive', async () => {
    const { store, later } = await oneCase();
    later(KEEP_SETTLED_MS + 1000);
    expect(await store.compact()).toBe(1);
    expect(store.cases.cases['abcd1ef']).toBeUndefined();
    const a = await caseStatusAnswer(store, DEMO_OFFICE, 'abcd2ef', START);
    expect(JSON.parse(String(a.body))).toMatchObject({ number: 'KZ-2026-00001', status: 'answered' });
  });
});
