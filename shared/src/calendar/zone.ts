// Where a date on the office's calendar begins and ends in real time. The office's zone, never the
// server's: a server kept in UTC must still count an Almaty day from Almaty midnight.
import { offsetAt, wallClock } from '../queue/clock.js';
import type { IsoDate } from './dates.js';
import { parseUtc } from './dates.js';

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
