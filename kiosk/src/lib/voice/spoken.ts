// What the kiosk's voice says, as clip names (kiosk/public/voice/<lang>/<name>.ogg, made by
// scripts/voices-kiosk.mjs). Pure, so the words a blind visitor hears are tested without a browser.
import type { Lang } from '@kezek/shared';

/** A number as people say it, from the clips each language has (as the hall's: docs/voice.md). */
export function numberClips(n: number, lang: Lang): string[] {
  const v = Math.max(0, Math.floor(n));
  // Past 999 (a very long queue, a fourth ticket digit) the digits are read one by one.
  if (v > 999) return [...String(v)].map((d) => `number-${d}`);
  const hundreds = Math.floor(v / 100);
  const rest = v % 100;
  const out: string[] = [];
  if (hundreds > 0) {
    if (lang === 'ru') out.push(`number-${hundreds * 100}`);
    else if (lang === 'kk') out.push(...(hundreds > 1 ? [`number-${hundreds}`] : []), 'number-100');
    else out.push(`number-${hundreds}`, 'number-hundred');
    if (rest === 0) return out;
  }
  // Kazakh says 11 as "он бір": ten, then one; Russian and English have words up to 19.
  const teens = lang === 'kk' ? 10 : 20;
  if (rest < teens) out.push(`number-${rest}`);
  else {
    out.push(`number-${rest - (rest % 10)}`);
    if (rest % 10 > 0) out.push(`number-${rest % 10}`);
  }
  return out;
}

/** "A012" as the hall says it: the letter, then the number as a whole ("A, twelve"). */
export function ticketNumberClips(number: string, lang: Lang): string[] {
  const letter = number.charAt(0).toLowerCase();
  const digits = Number(number.slice(1));
  return [`letter-${letter}`, ...numberClips(Number.isFinite(digits) ? digits : 0, lang)];
}

/** A sector by its recorded name, or "Sector A" when the office has no clip for it. */
export function sectorClips(sector: { id: string; letter: string }, named: ReadonlySet<string>): string[] {
  const own = `sector-${sector.id}`;
  return named.has(own) ? [own] : ['sector', `letter-${sector.letter.toLowerCase()}`];
}

/** A service by its recorded name, or "Service 2" (its place in the list). */
export function serviceClips(id: string, index: number, named: ReadonlySet<string>, lang: Lang): string[] {
  const own = `service-${id}`;
  return named.has(own) ? [own] : ['service', ...numberClips(index + 1, lang)];
}

export interface TicketSpeech {
  number: string;
  sector: { id: string; letter: string };
  peopleAhead: number;
  estimateMin: number | null;
  /** No desk serves the sector now: no wait is promised. */
  noDesk: boolean;
  printed: boolean;
}

/** The ticket read aloud: number, sector, people ahead (or that no desk is open), the wait. */
export function ticketClips(t: TicketSpeech, lang: Lang, named: ReadonlySet<string>): string[] {
  const out = ['your-number', ...ticketNumberClips(t.number, lang), ...sectorClips(t.sector, named)];
  if (t.noDesk) out.push('no-desk-ticket');
  else {
    out.push('ahead', ...numberClips(t.peopleAhead, lang));
    if (t.estimateMin !== null) out.push('wait-minutes', ...numberClips(t.estimateMin, lang));
  }
  if (t.printed) out.push('take-ticket');
  return out;
}
