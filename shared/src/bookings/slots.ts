// Slot arithmetic: which minutes of which office days take bookings. Days and minutes are the
// office's, in its zone, never the server's; the calendar's holidays close bookings, and a working
// day moved onto a weekend by the government takes the hours of the weekday it replaces.
import type { WorkCalendar } from '../calendar/calendar.js';
import { holidaysOf } from '../calendar/calendar.js';
import { daysBetween, weekday, yearOf, type IsoDate } from '../calendar/dates.js';
import { localDate, startOfLocalDay } from '../calendar/zone.js';
import { localClock } from '../queue/clock.js';
import type { OfficeConfig, OpeningSpan, Sector, WeekHours } from '../queue/types.js';
import type { BookingRules } from './types.js';

const MINUTE = 60_000;

// holidaysOf builds a sorted list per call; slot lists ask once per day shown.
const holidaySets = new WeakMap<WorkCalendar, Map<number, Set<IsoDate>>>();

function isHoliday(calendar: WorkCalendar, day: IsoDate): boolean {
  let byYear = holidaySets.get(calendar);
  if (!byYear) {
    byYear = new Map();
    holidaySets.set(calendar, byYear);
  }
  const year = yearOf(day);
  let set = byYear.get(year);
  if (!set) {
    set = new Set(holidaysOf(calendar, year));
    byYear.set(year, set);
  }
  return set.has(day);
}

/** The week hours that take bookings: the rules' own, else the sector's, else the office's. */
export function bookingHours(rules: BookingRules, sector: Sector, config: OfficeConfig): WeekHours {
  return rules.hours ?? sector.hours ?? config.hours;
}

/** The span of `day` that takes bookings, or null: a holiday, or a weekday without hours. */
export function openingOf(hours: WeekHours, calendar: WorkCalendar, day: IsoDate): OpeningSpan | null {
  if (isHoliday(calendar, day)) return null;
  const own = hours[weekday(day)];
  if (own) return own;
  const moved = calendar.transfers.find((t) => t.workday === day);
  return moved ? (hours[weekday(moved.dayOff)] ?? null) : null;
}

/** The instant `minute` minutes after local midnight of `day`, also on a day the zone changes its offset. */
export function localInstant(day: IsoDate, minute: number, timeZone: string): number {
  const guess = startOfLocalDay(day, timeZone) + minute * MINUTE;
  // Across an offset change that day, midnight plus minutes lands an hour off the wall clock: correct once.
  const seen = localClock(guess, timeZone).minute + (localDate(guess, timeZone) === day ? 0 : 24 * 60);
  return guess + (minute - seen) * MINUTE;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026-12-02T09:00:00+05:00": the instant as the office's wall clock says it, with the offset. */
export function isoInZone(at: number, timeZone: string): string {
  const day = localDate(at, timeZone);
  const { minute } = localClock(at, timeZone);
  const wall = Date.UTC(yearOf(day), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + minute * MINUTE;
  const offsetMin = Math.round((wall - Math.floor(at / MINUTE) * MINUTE) / MINUTE);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Slot starts of the day as instants, in order. A slot must end by closing time, so the last one starts
 * `slotMin` before it and nothing starts at the closing minute itself.
 */
export function slotStarts(
  hours: WeekHours,
  calendar: WorkCalendar,
  day: IsoDate,
  slotMin: number,
): number[] {
  const span = openingOf(hours, calendar, day);
  if (!span || slotMin <= 0) return [];
  const out: number[] = [];
  for (let m = span[0]; m + slotMin <= span[1]; m += slotMin)
    out.push(localInstant(day, m, calendar.timeZone));
  return out;
}

/** Whether the visitor may still book `day` at `now`: from today up to `aheadDays` ahead. */
export function dayInWindow(rules: BookingRules, day: IsoDate, now: number, timeZone: string): boolean {
  const ahead = daysBetween(localDate(now, timeZone), day);
  return ahead >= 0 && ahead <= rules.aheadDays;
}

/** A slot can be booked until `leadMin` before it starts (staff: until it starts). */
export function slotStillBookable(
  rules: BookingRules,
  startAt: number,
  now: number,
  staff: boolean,
): boolean {
  return startAt - (staff ? 0 : rules.leadMin * MINUTE) > now;
}
