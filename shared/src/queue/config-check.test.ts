import { describe, expect, it } from 'vitest';
import { checkConfig } from './config-check.js';
import { fixtureConfig, must } from './test-fixture.js';
import type { OfficeConfig } from './types.js';

const base = fixtureConfig();
const [legal, registry, akim] = base.sectors as [OfficeConfig['sectors'][number], ...OfficeConfig['sectors']];
const d1 = must(base.desks[0]);

describe('checkConfig', () => {
  it('accepts the fixture office', () => {
    expect(checkConfig(base)).toBeNull();
  });

  const bad: [string, Partial<OfficeConfig>][] = [
    ['duplicate sector ids', { sectors: [legal, { ...legal, letter: 'Z' }] }],
    ['duplicate letters', { sectors: [legal, { ...legal, id: 'other' }] }],
    ['a lower-case letter', { sectors: [{ ...legal, letter: 'a' }] }],
    ['a Cyrillic letter', { sectors: [{ ...legal, letter: 'А' }] }],
    ['a two-letter prefix', { sectors: [{ ...legal, letter: 'AB' }] }],
    ['duplicate desk ids', { desks: [d1, { ...d1, number: 9 }] }],
    ['duplicate desk numbers', { desks: [d1, { ...d1, id: 'd9' }] }],
    ['a desk number that is not a positive integer', { desks: [{ ...d1, number: 0 }] }],
    ['a fractional desk number', { desks: [{ ...d1, number: 1.5 }] }],
    ['a desk serving an unknown sector', { desks: [{ ...d1, sectorIds: ['nope'] }] }],
    ['a ratio with zero priority', { policy: { kind: 'ratio', priority: 0, regular: 2 } }],
    ['a ratio with negative regular', { policy: { kind: 'ratio', priority: 1, regular: -1 } }],
    ['a weighted bonus of zero', { policy: { kind: 'weighted', priorityBonusMin: 0 } }],
    ['a negative desk weight', { desks: [{ ...d1, sectorWeights: { legal: -1 } }] }],
  ];
  it.each(bad)('refuses %s as invalid_config', (_name, patch) => {
    expect(checkConfig({ ...base, ...patch })).toBe('invalid_config');
  });

  it('accepts positive policies of every kind', () => {
    expect(checkConfig({ ...base, policy: { kind: 'ratio', priority: 1, regular: 2 } })).toBeNull();
    expect(checkConfig({ ...base, policy: { kind: 'weighted', priorityBonusMin: 10 } })).toBeNull();
    expect(checkConfig({ ...base, sectors: [legal, must(registry), must(akim)] })).toBeNull();
  });

  it.each([
    ['no language', { languages: [] }, 'languages_empty'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'time_zone_unknown'],
    [
      'hours closing before opening',
      { hours: [null, [600, 540], null, null, null, null, null] },
      'hours_invalid',
    ],
  ] as const)('names %s for the head: %s', (_name, patch, code) => {
    expect(checkConfig({ ...base, ...(patch as Partial<OfficeConfig>) })).toBe(code);
  });
});
