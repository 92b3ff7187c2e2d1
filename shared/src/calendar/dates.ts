// Calendar dates as 'YYYY-MM-DD' strings. A deadline is a date on the office's calendar, not an
// instant: arithmetic on dates is done in UTC, where no day is ever 23 or 25 hours long.

const DAY_MS = 86_400_000;

export type IsoDate = string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return formatUtc(parseUtc(s)) === s;
}

/** Midnight UTC of the date, as epoch ms: only a handle for arithmetic, never shown. */
export function parseUtc(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function formatUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatUtc(parseUtc(date) + days * DAY_MS);
}

/** 0 is Sunday, as in Date#getDay. */
export function weekday(date: IsoDate): number {
  return new Date(parseUtc(date)).getUTCDay();
}

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/**
 * The same day `months` later; a day the month lacks becomes its last day (31 January + 1 month is
 * 28 or 29 February), as periods in months are counted.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = yearOf(date);
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return formatUtc(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parseUtc(b) - parseUtc(a)) / DAY_MS);
}
