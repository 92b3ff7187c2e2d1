import { describe, expect, it } from 'vitest';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { describeChange } from './config-diff.js';

describe('an audit line of a setup change', () => {
  it('gives each changed field with its old and its new value', () => {
    const after = structuredClone(DEMO_OFFICE);
    const civil = after.sectors.find((s) => s.id === 'civil-registry');
    if (!civil) throw new Error('no civil-registry');
    civil.names.ru = 'ЗАГС';
    civil.targetWaitMin = 20;
    after.noShowGraceSec = 90;
    expect(describeChange(DEMO_OFFICE, after).split('\n')).toEqual([
      'sectors[civil-registry].names.ru: "Регистрация актов гражданского состояния" → "ЗАГС"',
      'sectors[civil-registry].targetWaitMin: 15 → 20',
      `noShowGraceSec: ${DEMO_OFFICE.noShowGraceSec} → 90`,
    ]);
  });

  it('names a sector added or removed by its letter and name, and cuts long values', () => {
    const after = structuredClone(DEMO_OFFICE);
    const [first, ...rest] = after.sectors;
    if (!first) throw new Error('no sectors');
    after.sectors = [
      ...rest,
      { ...first, id: 'passports', letter: 'P', names: { kk: 'Төлқұжат', ru: 'Паспорта', en: 'Passports' } },
    ];
    after.officeName.en = 'x'.repeat(200);
    const lines = describeChange(DEMO_OFFICE, after).split('\n');
    expect(lines).toContain('sectors[passports] added: P · Паспорта');
    expect(lines).toContain('sectors[legal] removed: A · Юридическая консультация');
    const name = lines.find((l) => l.startsWith('officeName.en'));
    expect(name?.length).toBeLessThan(200);
    expect(name).toMatch(/→ "x+…$/);
  });

  it('says when nothing changed', () => {
    expect(describeChange(DEMO_OFFICE, structuredClone(DEMO_OFFICE))).toBe('no change');
  });
});
