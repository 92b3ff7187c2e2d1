// A language's clip set: which file says what. The defaults in server/voices/<lang>/manifest.json are made
// by `npm run voices`; an office's own recordings (data folder voice/<lang>/manifest.json) override them.
import type { Lang } from '@kezek/shared';

export interface VoiceManifest {
  lang: Lang;
  /** Said before the ticket number, e.g. "Талон"; the default sets have none. */
  lead?: string | null;
  /** Between the ticket number and the desk number: ru "пройдите к окну номер", en "please go to desk". */
  deskBefore?: string | null;
  /** After the desk number: kk "нөмірлі терезеге өтіңіз". */
  deskAfter?: string | null;
  /** Before the desk number in the brief form said while calls queue up: ru "окно", en "desk". */
  deskShort?: string | null;
  /** Latin ticket letters, "A" -> file. */
  letters: Record<string, string>;
  /** Number words by numbers.ts's keys ("0".."19", "20".."90", "100".."900", "1000".., "hundred", "thousand"). */
  numbers: Record<string, string>;
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/;

/** Reads a manifest from JSON, keeping only entries that are safe file names; null if it is not one. */
export function parseManifest(lang: Lang, raw: unknown): VoiceManifest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const file = (v: unknown): string | undefined =>
    typeof v === 'string' && FILE_NAME.test(v) ? v : undefined;
  const files = (v: unknown): Record<string, string> => {
    if (typeof v !== 'object' || v === null) return {};
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).flatMap(([k, f]) =>
        file(f) ? [[k, file(f) as string]] : [],
      ),
    );
  };
  const out: VoiceManifest = { lang, letters: files(r['letters']), numbers: files(r['numbers']) };
  for (const key of ['lead', 'deskBefore', 'deskAfter', 'deskShort'] as const) {
    // An explicit null removes a default phrase (an office whose recordings say it inside another clip).
    const f = r[key] === null ? null : file(r[key]);
    if (f !== undefined) out[key] = f;
  }
  return out;
}

/** The office's entries win; what it did not record falls back to the default clip. */
export function overlay(base: VoiceManifest, office: VoiceManifest): VoiceManifest {
  return {
    ...base,
    ...office,
    letters: { ...base.letters, ...office.letters },
    numbers: { ...base.numbers, ...office.numbers },
  };
}
