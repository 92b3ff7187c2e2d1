// What the hall hears for one call in one language, as clip URLs played back to back (after the chime).
// The ticket number is spelled: its letter by name, then each digit ("A012" -> A, 0, 1, 2), as halls do,
// so "012" never becomes "twelve". The desk is read as a whole number, 0–999.
import type { Lang } from '@kezek/shared';
import type { VoiceManifest } from './manifest.js';
import { MAX_SPOKEN, numberKeys } from './numbers.js';

export const VOICE_BASE = '/voice';

/** One clip reference: the manifest part it comes from and its key there. */
export type ClipRef =
  { part: 'phrase'; key: 'lead' | 'deskBefore' | 'deskAfter' } | { part: 'letters' | 'numbers'; key: string };

/** The clips a call needs, by key, whichever recordings say them. */
export function callClips(ticketNumber: string, deskNumber: number, lang: Lang): ClipRef[] {
  const refs: ClipRef[] = [{ part: 'phrase', key: 'lead' }];
  for (const ch of ticketNumber.toUpperCase()) {
    if (ch >= '0' && ch <= '9') refs.push({ part: 'numbers', key: ch });
    else if (ch >= 'A' && ch <= 'Z') refs.push({ part: 'letters', key: ch });
  }
  refs.push({ part: 'phrase', key: 'deskBefore' });
  if (Number.isInteger(deskNumber) && deskNumber >= 0 && deskNumber <= MAX_SPOKEN) {
    for (const key of numberKeys(deskNumber, lang)) refs.push({ part: 'numbers', key });
  }
  refs.push({ part: 'phrase', key: 'deskAfter' });
  return refs;
}

/** The file a clip reference names in a manifest; phrases may be absent on purpose (null or missing). */
export function clipFile(manifest: VoiceManifest, ref: ClipRef): string | null {
  if (ref.part === 'phrase') return manifest[ref.key] ?? null;
  return manifest[ref.part][ref.key] ?? null;
}

/** Clip URLs for one call in one language; a clip the set lacks is left out rather than failing the call. */
export function playlist(
  ticketNumber: string,
  deskNumber: number,
  lang: Lang,
  manifest: VoiceManifest,
): string[] {
  return callClips(ticketNumber, deskNumber, lang).flatMap((ref) => {
    const file = clipFile(manifest, ref);
    return file === null ? [] : [`${VOICE_BASE}/${lang}/${file}`];
  });
}
