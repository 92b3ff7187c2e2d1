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
  ] as const)('%s says %i as %j', (lang, n, keys) => {
    expect(numberKeys(n, lang)).toEqual(keys);
  });

  it('refuses what it cannot say', () => {
    expect(() => numberKeys(1000, 'ru')).toThrow(RangeError);
    expect(() => numberKeys(-1, 'kk')).toThrow(RangeError);
  });
});

describe('a call is spelled, then sent to its desk', () => {
  it.each([
    ['kk', 'A012', 3, ['a', '0', '1', '2', '3', 'desk-after']],
    ['ru', 'A012', 3, ['a', '0', '1', '2', 'desk-before', '3']],
    ['en', 'A012', 3, ['a', '0', '1', '2', 'desk-before', '3']],
    ['ru', 'C101', 25, ['c', '1', '0', '1', 'desk-before', '20', '5']],
    ['kk', 'G999', 14, ['g', '9', '9', '9', '10', '4', 'desk-after']],
    ['en', 'z5', 116, ['z', '5', 'desk-before', '1', 'hundred', '16']],
  ] as const)('%s: %s to desk %i', (lang, number, desk, expected) => {
    const urls = playlist(number, desk, lang, m(lang));
    expect(words(urls)).toEqual(expected);
    expect(urls.every((u) => u.startsWith(`/voice/${lang}/`))).toBe(true);
  });

  it('every Latin ticket letter has a clip in every language', () => {
    for (const lang of LANGS) {
      for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
        expect(m(lang).letters[letter], `${lang} ${letter}`).toBeTruthy();
      }
    }
  });

  it('every desk number 0–999 composes from existing clips in every language', () => {
    for (const lang of LANGS) {
      const missing: string[] = [];
      for (let n = 0; n <= MAX_SPOKEN; n++) {
        for (const ref of callClips(`A${String(n % 1000).padStart(3, '0')}`, n, lang)) {
          if (ref.part !== 'phrase' && clipFile(m(lang), ref) === null) missing.push(`${n}:${ref.key}`);
        }
      }
      expect(missing, lang).toEqual([]);
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
