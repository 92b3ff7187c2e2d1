// Where a date on the office's calendar begins and ends in real time. The office's zone, never the
// server's: a server kept in UTC must still count an Almaty day from Almaty midnight.
import type { IsoDate } from './dates.js';
import { parseUtc } from './dates.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(at: number, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(at)) p[part.type] = part.value;
  return Date.UTC(
    Number(p['year']),
    Number(p['month']) - 1,
    Number(p['day']),
    Number(p['hour']),
    Number(p['minute']),
    Number(p['second']),
  );
}

/** How far local wall time is ahead of UTC at `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  return wallClock(at, timeZone) - Math.floor(at / 1000) * 1000;
}

/** The office's calendar date at the instant `at`. */
export function localDate(at: number, timeZone: string): IsoDate {
  return new Date(wallClock(at, timeZone)).toISOString().slice(0, 10);
}

/** The instant the date begins in the zone (local midnight). */
export function startOfLocalDay(date: IsoDate, timeZone: string): number {
  const wall = parseUtc(date);
  const guess = wall - offsetAt(wall, timeZone);
  // Once more with the offset in force at the guess, for a zone that changed its offset that day.
  return wall - offsetAt(guess, timeZone);
}

/** The instant after the date's last moment: a deadline on `date` is missed from here on. */
export function endOfLocalDay(date: IsoDate, timeZone: string): number {
  return startOfLocalDay(new Date(parseUtc(date) + 86_400_000).toISOString().slice(0, 10), timeZone);
}
