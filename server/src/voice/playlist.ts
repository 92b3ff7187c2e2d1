// What the hall hears for one call in one language, as clip URLs played back to back (after the chime).
// Numbers are read as people say them: "A012" is "A twelve" (ru «А двенадцать», kk «А он екі»), not
// "A zero one two"; the desk too is a whole number. Two forms: the full call ("… please go to desk 3")
// and the brief one said while other calls wait ("A twelve, desk three").
import type { Lang } from '@kezek/shared';
import type { VoiceManifest } from './manifest.js';
import { MAX_SPOKEN, numberKeys } from './numbers.js';

export const VOICE_BASE = '/voice';

export type CallForm = 'full' | 'brief';

/** One clip reference: the manifest part it comes from and its key there. */
export type ClipRef =
  | { part: 'phrase'; key: 'lead' | 'deskBefore' | 'deskAfter' | 'deskShort' }
  | { part: 'letters' | 'numbers'; key: string };

const phrase = (key: 'lead' | 'deskBefore' | 'deskAfter' | 'deskShort'): ClipRef => ({ part: 'phrase', key });
const numbers = (n: number, lang: Lang): ClipRef[] =>
  numberKeys(n, lang).map((key) => ({ part: 'numbers', key }));

/** Letters by name; each run of digits as one number ("012" is twelve), or digit by digit past 9999. */
export function ticketClips(ticketNumber: string, lang: Lang): ClipRef[] {
  const refs: ClipRef[] = [];
  for (const run of ticketNumber.toUpperCase().match(/[A-Z]|[0-9]+/g) ?? []) {
    if (run >= 'A' && run <= 'Z') refs.push({ part: 'letters', key: run });
    else if (Number(run) <= MAX_SPOKEN) refs.push(...numbers(Number(run), lang));
    else for (const digit of run) refs.push({ part: 'numbers', key: digit });
  }
  return refs;
}

/** The clips a call needs, by key, whichever recordings say them. */
export function callClips(
  ticketNumber: string,
  deskNumber: number,
  lang: Lang,
  form: CallForm = 'full',
): ClipRef[] {
  const desk =
    Number.isInteger(deskNumber) && deskNumber >= 0 && deskNumber <= MAX_SPOKEN
      ? numbers(deskNumber, lang)
      : [];
  const ticket = ticketClips(ticketNumber, lang);
  if (form === 'brief') return [...ticket, phrase('deskShort'), ...desk];
  return [phrase('lead'), ...ticket, phrase('deskBefore'), ...desk, phrase('deskAfter')];
}

/** The file a clip reference names in a manifest; phrases may be absent on purpose (null or missing). */
export function clipFile(manifest: VoiceManifest, ref: ClipRef): string | null {
  if (ref.part === 'phrase') return manifest[ref.key] ?? null;
  return manifest[ref.part][ref.key] ?? null;
}

/**
 * Clip URLs for one call in one language; a clip the set lacks is left out rather than failing the call.
 * An office's own recordings without a short desk word say the brief form with the full desk phrase.
 */
export function playlist(
  ticketNumber: string,
  deskNumber: number,
  lang: Lang,
  manifest: VoiceManifest,
  form: CallForm = 'full',
): string[] {
  const usable = form === 'brief' && !manifest.deskShort ? 'full' : form;
  const refs = callClips(ticketNumber, deskNumber, lang, usable).filter(
    (ref) => form === 'full' || ref.part !== 'phrase' || ref.key !== 'lead',
  );
  return refs.flatMap((ref) => {
    const file = clipFile(manifest, ref);
    return file === null ? [] : [`${VOICE_BASE}/${lang}/${file}`];
  });
}
