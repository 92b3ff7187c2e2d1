// How each language says a number 0–9999 as a list of clip keys: pure, so every number can be checked
// against a clip set. Keys are digits as written ("7", "40", "300", "2000") plus "hundred" and
// "thousand" for English.
import type { Lang } from '@kezek/shared';

export const MAX_SPOKEN = 9999;

/** The words of n, largest first: ru 345 -> 300 40 5, en -> 3 hundred 40 5, kk -> 3 100 40 5. */
export function numberKeys(n: number, lang: Lang): string[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_SPOKEN) throw new RangeError(`cannot speak ${n}`);
  if (n === 0) return ['0'];
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  return [...thousandKeys(thousands, lang), ...hundredKeys(hundreds, lang), ...belowHundred(rest, lang)];
}

function thousandKeys(t: number, lang: Lang): string[] {
  if (t === 0) return [];
  // Russian changes the word with the count (тысяча, две тысячи, пять тысяч): one clip per thousand.
  if (lang === 'ru') return [String(t * 1000)];
  if (lang === 'en') return [String(t), 'thousand'];
  return t === 1 ? ['1000'] : [String(t), '1000'];
}

function hundredKeys(h: number, lang: Lang): string[] {
  if (h === 0) return [];
  // Russian has a word per hundred (двести, триста); English counts them; Kazakh says жүз, or "екі жүз".
  if (lang === 'ru') return [String(h * 100)];
  if (lang === 'en') return [String(h), 'hundred'];
  return h === 1 ? ['100'] : [String(h), '100'];
}

function belowHundred(r: number, lang: Lang): string[] {
  if (r === 0) return [];
  // Kazakh builds 11–19 as "он бір" … "он тоғыз"; Russian and English have a word for each.
  if (r < 20 && (lang !== 'kk' || r <= 10)) return [String(r)];
  const tens = Math.floor(r / 10) * 10;
  const units = r % 10;
  return units === 0 ? [String(tens)] : [String(tens), String(units)];
}
