import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.js';
import { LANGS, OUTCOMES, PAUSE_REASONS, PRIORITY_KINDS, type Names } from '../queue/types.js';
import {
  SAME_IN_KK_AND_RU,
  deskStatusNames,
  errorNames,
  errorText,
  messages,
  outcomeNames,
  pauseReasonNames,
  priorityNames,
  t,
  tAll,
} from './index.js';

const tables: Record<string, Record<string, Names>> = {
  messages,
  errors: errorNames,
  outcomes: outcomeNames,
  priorities: priorityNames,
  pauseReasons: pauseReasonNames,
  deskStatuses: deskStatusNames,
};
const entries = Object.entries(tables).flatMap(([table, rows]) =>
  Object.entries(rows).map(([key, names]) => [`${table}.${key}`, key, names] as const),
);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'];

describe('i18n catalogue', () => {
  it('gives every entry three non-empty, trimmed texts', () => {
    for (const [id, , names] of entries) {
      for (const lang of LANGS) {
        expect(names[lang], `${id}.${lang}`).toBeTypeOf('string');
        expect(names[lang].trim(), `${id}.${lang}`).not.toBe('');
        expect(names[lang], `${id}.${lang}`).toBe(names[lang].trim());
      }
    }
  });

  it('never leaves a Kazakh text equal to the Russian one unless listed as intentional', () => {
    const intentional = new Set<string>(SAME_IN_KK_AND_RU);
    const same = entries.filter(([, key, n]) => n.kk === n.ru && !intentional.has(key)).map(([id]) => id);
    expect(same).toEqual([]);
  });

  it('keeps the intentional list honest: each listed key really is the same in kk and ru', () => {
    for (const key of SAME_IN_KK_AND_RU) expect(messages[key].kk, key).toBe(messages[key].ru);
  });

  it('uses the same placeholders in every language', () => {
    for (const [id, , names] of entries) {
      expect(placeholders(names.ru), `${id}.ru`).toEqual(placeholders(names.kk));
      expect(placeholders(names.en), `${id}.en`).toEqual(placeholders(names.kk));
    }
  });

  it('writes Kazakh with Kazakh letters, not Russian or Latin look-alikes', () => {
    const kk = entries.map(([, , n]) => n.kk.toLowerCase()).join(' ');
    for (const letter of KAZAKH_LETTERS) expect(kk, letter).toContain(letter);
    // A Latin letter inside a Cyrillic word is the classic "looks right, sorts and searches wrong" bug.
    for (const [id, , n] of entries) {
      for (const lang of ['kk', 'ru'] as const) {
        expect(n[lang], `${id}.${lang}`).not.toMatch(/[а-яёәғқңөұүһі][a-z]|[a-z][а-яёәғқңөұүһі]/i);
      }
    }
  });

  it('has a text for every error code, outcome, priority kind and pause reason', () => {
    for (const code of ERROR_CODES) expect(Object.keys(errorNames)).toContain(code);
    expect(Object.keys(outcomeNames).sort()).toEqual([...OUTCOMES].sort());
    expect(Object.keys(priorityNames).sort()).toEqual([...PRIORITY_KINDS].sort());
    expect(Object.keys(pauseReasonNames).sort()).toEqual([...PAUSE_REASONS].sort());
  });
});

describe('t and errorText', () => {
  it('fills placeholders in the chosen language', () => {
    expect(t('kk', 'kiosk.ahead', { count: 3 })).toBe('Сіздің алдыңызда: 3 адам');
    expect(t('ru', 'desk.number', { number: 7 })).toBe('Окно 7');
    expect(t('en', 'minutes.short', { minutes: 12 })).toBe('12 min');
  });

  it('leaves a missing placeholder visible instead of printing "undefined"', () => {
    expect(t('en', 'desk.number')).toBe('Desk {number}');
  });

  it('explains an error code in each language and falls back to internal for an unknown one', () => {
    expect(errorText('kk', 'queue_empty')).toBe('Кезекте ешкім жоқ');
    expect(errorText('en', 'bad_credentials')).toBe('Wrong username or password');
    expect(errorText('ru', 'no_such_code' as never)).toBe(errorNames.internal.ru);
  });
});

describe('tAll', () => {
  it('joins languages and shows a text shared by two languages once', () => {
    expect(tAll(['kk', 'ru'], 'desk.label')).toBe('Терезе / Окно');
    expect(tAll(['kk', 'ru'], 'ticket.label')).toBe('Талон');
  });
});
