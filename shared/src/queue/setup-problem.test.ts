import { describe, expect, it } from 'vitest';
import { fixtureConfig } from './test-fixture.js';
import { setupProblem } from './config-check.js';
import type { OfficeConfig } from './types.js';

const base = fixtureConfig();
const week = (span: readonly [number, number] | null) => Array.from({ length: 7 }, () => span);

describe('setupProblem', () => {
  it('passes the fixture office', () => {
    expect(setupProblem(base)).toBeNull();
  });

  it.each<[string, Partial<OfficeConfig>, string]>([
    ['no languages', { languages: [] }, 'languages_empty'],
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }, 'time_zone_unknown'],
    ['a blank time zone', { timeZone: ' ' }, 'time_zone_unknown'],
    ['office closing before it opens', { hours: week([18 * 60, 9 * 60]) }, 'hours_invalid'],
    ['office closing when it opens', { hours: week([9 * 60, 9 * 60]) }, 'hours_invalid'],
  ])('names %s', (_, patch, code) => {
    expect(setupProblem({ ...base, ...patch })).toBe(code);
  });

  it('names a sector closing before it opens and a service without a Russian name', () => {
    const [first, ...rest] = base.sectors;
    if (!first) throw new Error('fixture has sectors');
    const lateOpen = { ...first, hours: week([600, 540]) };
    expect(setupProblem({ ...base, sectors: [lateOpen, ...rest] })).toBe('hours_invalid');
    const unnamed = {
      ...first,
      services: [{ id: 'x', names: { kk: 'Анықтама', ru: ' ', en: 'Certificate' } }],
    };
    expect(setupProblem({ ...base, sectors: [unnamed, ...rest] })).toBe('service_name_empty');
  });

  it('lets a closed day (null) and a sector following the office hours (null) through', () => {
    const [first, ...rest] = base.sectors;
    if (!first) throw new Error('fixture has sectors');
    const hours = [null, ...week([540, 1080]).slice(1)];
    expect(setupProblem({ ...base, hours, sectors: [{ ...first, hours: null }, ...rest] })).toBeNull();
  });
});
