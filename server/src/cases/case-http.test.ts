import { describe, expect, it } from 'vitest';
import { caseRules, DEFAULT_CASE_SETTINGS, executeCase, initialCaseState } from '@kezek/shared';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { caseQrAnswer, caseStatusAnswer } from './case-http.js';

const rules = caseRules(DEFAULT_CASE_SETTINGS, 'Asia/Almaty');
const NOW = Date.parse('2026-03-06T11:00:00+05:00');

function oneCase() {
  const state = initialCaseState();
  let n = 0;
  const ctx = { now: NOW, newId: () => `abcd${++n}ef`, rules };
  const contact = { name: 'Dana', phone: '+77010000000', iin: null };
  const source = { kind: 'desk' as const };
  executeCase(
    state,
    {
      type: 'open',
      by: 'u',
      sectorId: 'legal',
      serviceId: null,
      topic: 'Private topic',
      lang: 'ru',
      contact,
      source,
    },
    ctx,
  );
  executeCase(state, { type: 'note', caseId: 'abcd1ef', by: 'u', text: 'Staff only note' }, ctx);
  executeCase(
    state,
    { type: 'answer', caseId: 'abcd1ef', by: 'u', result: 'solved', text: 'Road repaired' },
    ctx,
  );
  return state;
}

describe('the case status route', () => {
  it('answers the case by its code with its steps and nothing the staff wrote for themselves', () => {
    const a = caseStatusAnswer(oneCase(), DEMO_OFFICE, 'abcd2ef', NOW);
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

  it('is a 404 for the case id, the number, prototype names and junk', () => {
    const state = oneCase();
    for (const code of ['abcd1ef', 'KZ-2026-00001', 'constructor', '__proto__', '../etc', ''])
      expect(caseStatusAnswer(state, DEMO_OFFICE, code, NOW).status).toBe(404);
    expect(caseQrAnswer(state, 'constructor', 'http://x').status).toBe(404);
    expect(caseQrAnswer(state, 'abcd2ef', 'http://x').status).toBe(200);
  });
});
