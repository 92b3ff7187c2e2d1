// Which dates are working days for the law's clock. Built once per year and calendar, then each
// question is a set lookup: a head's report asks it for thousands of cases.
import { addDays, weekday, yearOf, type IsoDate } from './dates.js';
import { FIXED_HOLIDAYS, GOVERNMENT_TRANSFERS, KURBAN_AIT, type DayTransfer } from './holidays.js';

export interface CalendarYear {
  /** The first day of Kurban Ait; null when not yet announced (then no day off is counted). */
  kurbanAit: IsoDate | null;
  /** The head's own days off this year (a local holiday, an office closure). */
  added: IsoDate[];
  /** Days the head counts as working days although the calendar says otherwise. */
  removed: IsoDate[];
}

export interface WorkCalendar {
  /** The office's zone: a date begins and ends at its local midnight. */
  timeZone: string;
  /** Weekdays off, 0 Sunday; the law counts a five-day week: Saturday and Sunday. */
  weekend: number[];
  /** The government's transfers of days off, all years together. */
  transfers: DayTransfer[];
  /** Per year ('2026'): Kurban Ait and the head's own changes; a missing year uses the shipped data. */
  years: Record<string, CalendarYear>;
}

export function defaultCalendar(timeZone: string): WorkCalendar {
  return { timeZone, weekend: [0, 6], transfers: [...GOVERNMENT_TRANSFERS], years: {} };
}

function kurbanAitOf(calendar: WorkCalendar, year: number): IsoDate | null {
  const own = calendar.years[String(year)];
  return own ? own.kurbanAit : (KURBAN_AIT[year] ?? null);
}

/**
 * The year's days off other than plain weekends: holidays, the weekday each non-religious holiday on
 * a weekend moves to (the next working day not already off), transfers, then the head's word last.
 */
function buildYear(calendar: WorkCalendar, year: number): { off: Set<IsoDate>; on: Set<IsoDate> } {
  const weekend = new Set(calendar.weekend);
  const off = new Set<IsoDate>();
  const holidays = FIXED_HOLIDAYS.map((h) => ({ date: `${year}-${h.day}`, religious: h.religious }));
  const kurban = kurbanAitOf(calendar, year);
  if (kurban) holidays.push({ date: kurban, religious: true });
  holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const h of holidays) off.add(h.date);
  for (const h of holidays) {
    if (h.religious || !weekend.has(weekday(h.date))) continue;
    let moved = addDays(h.date, 1);
    while (weekend.has(weekday(moved)) || off.has(moved)) moved = addDays(moved, 1);
    off.add(moved);
  }
  const on = new Set<IsoDate>();
  for (const t of calendar.transfers) {
    if (yearOf(t.workday) === year) {
      off.delete(t.workday);
      on.add(t.workday);
    }
    if (yearOf(t.dayOff) === year) {
      off.add(t.dayOff);
      on.delete(t.dayOff);
    }
  }
  const own = calendar.years[String(year)];
  for (const d of own?.added ?? []) {
    off.add(d);
    on.delete(d);
  }
  for (const d of own?.removed ?? []) {
    off.delete(d);
    on.add(d);
  }
  return { off, on };
}

// Memoisation keyed by the calendar object: settings hand out a new object when the head saves one.
const years = new WeakMap<WorkCalendar, Map<number, { off: Set<IsoDate>; on: Set<IsoDate> }>>();

function yearOfCalendar(calendar: WorkCalendar, year: number): { off: Set<IsoDate>; on: Set<IsoDate> } {
  let byYear = years.get(calendar);
  if (!byYear) {
    byYear = new Map();
    years.set(calendar, byYear);
  }
  let built = byYear.get(year);
  if (!built) {
    built = buildYear(calendar, year);
    byYear.set(year, built);
  }
  return built;
}

export function isWorkingDay(calendar: WorkCalendar, date: IsoDate): boolean {
  const { off, on } = yearOfCalendar(calendar, yearOf(date));
  if (on.has(date)) return true;
  if (off.has(date)) return false;
  return !calendar.weekend.includes(weekday(date));
}

/** The year's dates that are not working days although they are not weekend days (for setup screens). */
export function holidaysOf(calendar: WorkCalendar, year: number): IsoDate[] {
  return [...yearOfCalendar(calendar, year).off].filter((d) => yearOf(d) === year).sort();
}
