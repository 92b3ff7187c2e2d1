// Dates and times on the staff screens: always the office's zone, 24-hour clock and day.month.year (what
// kk, ru and en-GB readers in Kazakhstan write), never the browser's locale or zone. Browser date and time
// inputs follow the browser's locale ("12:00 AM", "12/01/2026"), so the screens type text instead.
import { formatClock } from './time.js';

/** "01.12.2026" in the office's zone. */
export function staffDate(at: number, timeZone: string): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone }).format(at).split('-');
  return `${d}.${m}.${y}`;
}

/** "01.12.2026 09:05" in the office's zone. */
export const staffDateTime = (at: number, timeZone: string): string =>
  `${staffDate(at, timeZone)} ${formatClock(at, timeZone)}`;

/** "2026-12-01" (what the server reads) as "01.12.2026"; anything else as it is. */
export function isoToText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** "1.12.2026", "01.12.2026" (or the server's "2026-12-01") as "2026-12-01"; null unless a real day. */
export function textToIso(text: string): string | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  const m = iso ? [iso[0], iso[3], iso[2], iso[1]] : /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "9:05", "09:05" or "0905" as "09:05"; "24:00" (the end of the day) too; null otherwise. */
export function normalizeClock(text: string): string | null {
  const m = /^\s*(\d{1,2}):?(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** A text input's pattern for the same clock times (browsers compile patterns with the v flag). */
export const CLOCK_PATTERN = '\\s*(([01]?[0-9]|2[0-3]):?[0-5][0-9]|24:?00)\\s*';
/** A text input's pattern for day.month.year. */
export const DATE_PATTERN = '\\s*(\\d{1,2}[.\\/\\-]\\d{1,2}[.\\/\\-]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*';
