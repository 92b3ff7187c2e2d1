import { describe, expect, it } from 'vitest';
import { caseRules, DEFAULT_CASE_SETTINGS, executeCase, initialCaseState, type Alert } from '@kezek/shared';
import { OverdueWatch } from './overdue-watch.js';

const rules = caseRules(DEFAULT_CASE_SETTINGS, 'Asia/Almaty');
const at = (iso: string) => Date.parse(`${iso}+05:00`);

describe('overdue alerts', () => {
  it('alerts once when a case passes its deadline, and not for one overdue before the start', () => {
    const state = initialCaseState();
    const contact = { name: null, phone: null, iin: null };
    const open = (now: number, n: number) =>
      executeCase(
        state,
        {
          type: 'open',
          by: 'u',
          sectorId: 'legal',
          serviceId: null,
          topic: 't',
          lang: 'kk',
          contact,
          source: { kind: 'desk' },
        },
        { now, newId: () => `id${n}-${Math.random()}`, rules },
      );
    open(at('2026-01-05T10:00:00'), 1); // due long before "now" below
    open(at('2026-03-06T10:00:00'), 2); // due 2 April 2026
    let now = at('2026-04-02T12:00:00');
    const raised: Omit<Alert, 'id' | 'at'>[] = [];
    const watch = new OverdueWatch({ cases: () => state, clock: () => now, raise: (a) => raised.push(a) });
    watch.scan();
    expect(raised).toEqual([]);
    now = at('2026-04-03T00:00:00');
    watch.scan();
    watch.scan();
    expect(raised).toEqual([{ kind: 'case_overdue', subjectId: 'legal', detail: 'KZ-2026-00002' }]);
  });
});
