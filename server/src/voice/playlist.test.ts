import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '@kezek/shared';
import { describe, expect, it } from 'vitest';
import { overlay, parseManifest, type VoiceManifest } from './manifest.js';
import { MAX_SPOKEN, numberKeys } from './numbers.js';
import { callClips, clipFile, playlist } from './playlist.js';
import { DEFAULT_VOICE_DIR } from './voice.js';

const manifests = new Map<Lang, VoiceManifest>(
  LANGS.map((lang) => {
    const raw: unknown = JSON.parse(readFileSync(join(DEFAULT_VOICE_DIR, lang, 'manifest.json'), 'utf8'));
    const manifest = parseManifest(lang, raw);
    if (!manifest) throw new Error(`bad default manifest for ${lang}`);
    return [lang, manifest];
  }),
);
const m = (lang: Lang): VoiceManifest => manifests.get(lang) as VoiceManifest;
/** The URL list read back as the words the clips say, e.g. number-40.ogg -> "40". */
const words = (urls: string[]) =>
  urls.map((u) => (u.split('/').pop() ?? '').replace(/\.ogg$/, '').replace(/^(number|letter)-/, ''));

describe('numbers are said the way each language counts', () => {
  it.each([
    ['ru', 0, ['0']],
    ['ru', 7, ['7']],
    ['ru', 12, ['12']],
    ['ru', 40, ['40']],
    ['ru', 345, ['300', '40', '5']],
    ['ru', 911, ['900', '11']],
    ['ru', 100, ['100']],
    ['en', 13, ['13']],
    ['en', 345, ['3', 'hundred', '40', '5']],
    ['en', 100, ['1', 'hundred']],
    ['en', 999, ['9', 'hundred', '90', '9']],
    ['kk', 12, ['10', '2']],
    ['kk', 10, ['10']],
    ['kk', 100, ['100']],
    ['kk', 345, ['3', '100', '40', '5']],
    ['kk', 701, ['7', '100', '1']],
    ['ru', 1000, ['1000']],
    ['ru', 2012, ['2000', '12']],
    ['kk', 1000, ['1000']],
    ['kk', 3405, ['3', '1000', '4', '100', '5']],
    ['en', 1999, ['1', 'thousand', '9', 'hundred', '90', '9']],
  ] as const)('%s says %i as %j', (lang, n, keys) => {
    expect(numberKeys(n, lang)).toEqual(keys);
  });

  it('refuses what it cannot say', () => {
    expect(() => numberKeys(10_000, 'ru')).toThrow(RangeError);
    expect(() => numberKeys(-1, 'kk')).toThrow(RangeError);
  });
});

describe('a call is read as people say it, then sent to its desk', () => {
  it.each([
    ['kk', 'A012', 3, ['a', '10', '2', '3', 'desk-after']],
    ['ru', 'A012', 3, ['a', '12', 'desk-before', '3']],
    ['en', 'A012', 3, ['a', '12', 'desk-before', '3']],
    ['ru', 'C002', 4, ['c', '2', 'desk-before', '4']],
    ['ru', 'C101', 25, ['c', '100', '1', 'desk-before', '20', '5']],
    ['kk', 'G999', 14, ['g', '9', '100', '90', '9', '10', '4', 'desk-after']],
    ['en', 'z5', 116, ['z', '5', 'desk-before', '1', 'hundred', '16']],
    ['ru', 'A1000', 1, ['a', '1000', 'desk-before', '1']],
    ['en', 'B000', 2, ['b', '0', 'desk-before', '2']],
    ['ru', 'A123456', 1, ['a', '1', '2', '3', '4', '5', '6', 'desk-before', '1']],
  ] as const)('%s: %s to desk %i', (lang, number, desk, expected) => {
    const urls = playlist(number, desk, lang, m(lang));
    expect(words(urls)).toEqual(expected);
    expect(urls.every((u) => u.startsWith(`/voice/${lang}/`))).toBe(true);
  });

  it.each([
    ['kk', 'A012', 3, ['a', '10', '2', 'desk-short', '3']],
    ['ru', 'C002', 14, ['c', '2', 'desk-short', '14']],
    ['en', 'D105', 7, ['d', '1', 'hundred', '5', 'desk-short', '7']],
  ] as const)('the brief form in %s: %s, desk %i', (lang, number, desk, expected) => {
    expect(words(playlist(number, desk, lang, m(lang), 'brief'))).toEqual(expected);
  });

  it('the brief form is shorter than the full call in every language', () => {
    for (const lang of LANGS) {
      const full = playlist('A012', 3, lang, m(lang));
      const brief = playlist('A012', 3, lang, m(lang), 'brief');
      expect(brief.length, lang).toBeLessThanOrEqual(full.length);
      expect(
        brief.some((u) => u.includes('desk-before') || u.includes('desk-after')),
        lang,
      ).toBe(false);
    }
  });

  it('an office set without a short desk word says the brief form with its full desk phrase, no lead', () => {
    const own: VoiceManifest = { ...m('ru'), lead: 'talon.ogg', deskShort: null };
    expect(words(playlist('A3', 3, 'ru', own, 'brief'))).toEqual(['a', '3', 'desk-before', '3']);
  });

  it('every Latin ticket letter has a clip in every language', () => {
    for (const lang of LANGS) {
      for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
        expect(m(lang).letters[letter], `${lang} ${letter}`).toBeTruthy();
      }
    }
  });

  it('every ticket and desk number 0–9999 composes from existing clips in every language, in both forms', () => {
    for (const lang of LANGS) {
      const missing: string[] = [];
      for (let n = 0; n <= MAX_SPOKEN; n++) {
        for (const form of ['full', 'brief'] as const)
          for (const ref of callClips(`A${String(n).padStart(3, '0')}`, n, lang, form)) {
            if (ref.part !== 'phrase' && clipFile(m(lang), ref) === null) missing.push(`${n}:${ref.key}`);
          }
      }
      expect(missing, lang).toEqual([]);
      expect(m(lang).deskShort, lang).toBeTruthy();
    }
  });

  it('every clip a default manifest names exists on disk, and so does the chime', () => {
    expect(existsSync(join(DEFAULT_VOICE_DIR, 'chime.ogg'))).toBe(true);
    for (const lang of LANGS) {
      const man = m(lang);
      const files = [
        man.lead,
        man.deskBefore,
        man.deskAfter,
        ...Object.values(man.letters),
        ...Object.values(man.numbers),
      ];
      for (const file of files)
        if (file) expect(existsSync(join(DEFAULT_VOICE_DIR, lang, file)), file).toBe(true);
    }
  });

  it('an office lead phrase comes first, and an explicit null removes a default phrase', () => {
    const own = parseManifest('ru', { lead: 'talon.ogg', deskBefore: null, numbers: { '3': 'tri.ogg' } });
    if (!own) throw new Error('manifest refused');
    const merged = overlay(m('ru'), own);
    expect(words(playlist('A3', 3, 'ru', merged))).toEqual(['talon', 'a', 'tri', 'tri']);
  });

  it('ignores manifest entries that are not plain file names', () => {
    const own = parseManifest('kk', {
      lead: '../../settings.json',
      letters: { A: '/etc/passwd', B: 'b.ogg' },
    });
    expect(own?.lead).toBeUndefined();
    expect(own?.letters).toEqual({ B: 'b.ogg' });
  });
});
