// The law's clock on the office's calendar (Administrative Procedural Code): an appeal is answered
// within 15 working days of its registration, the head may extend it once up to two months in all,
// the applicant is told within 3 working days, an appeal for another body goes there within 3 working
// days. Periods are settings: another body's rules or a change of law must not need a new release.
import { addDays, addMonths, type IsoDate } from './dates.js';
import { isWorkingDay, type WorkCalendar } from './calendar.js';
import { endOfLocalDay, localDate } from './zone.js';

export interface CasePeriods {
  answerWorkingDays: number;
  extensionMaxMonths: number;
  notifyWorkingDays: number;
  redirectWorkingDays: number;
}

export const DEFAULT_PERIODS: CasePeriods = {
  answerWorkingDays: 15,
  extensionMaxMonths: 2,
  notifyWorkingDays: 3,
  redirectWorkingDays: 3,
};

/** The `n`th working day after `date` (a period runs from the day after the event that starts it). */
export function addWorkingDays(calendar: WorkCalendar, date: IsoDate, n: number): IsoDate {
  let d = date;
  let left = n;
  // A year has well over 200 working days; the bound only stops a calendar with no working days at all.
  for (let guard = 0; left > 0 && guard < 3660; guard += 1) {
    d = addDays(d, 1);
    if (isWorkingDay(calendar, d)) left -= 1;
  }
  return d;
}

/** A period that ends on a day off ends on the next working day instead. */
export function workingDayOnOrAfter(calendar: WorkCalendar, date: IsoDate): IsoDate {
  let d = date;
  for (let guard = 0; !isWorkingDay(calendar, d) && guard < 366; guard += 1) d = addDays(d, 1);
  return d;
}

/** Working days after `from` up to and including `to`; 0 when `to` is not later. */
export function workingDaysBetween(calendar: WorkCalendar, from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) n += 1;
  return n;
}

export interface Deadline {
  /** The last day, on the office's calendar. */
  on: IsoDate;
  /** The instant the deadline is missed: the local midnight after `on`. */
  at: number;
}

export function deadlineOn(calendar: WorkCalendar, on: IsoDate): Deadline {
  return { on, at: endOfLocalDay(on, calendar.timeZone) };
}

export interface CaseDeadlines {
  registeredOn: IsoDate;
  due: Deadline;
  /** The latest date an extension may reach. */
  extensionLimit: Deadline;
  /** By when an appeal for another body must be sent on. */
  redirectBy: Deadline;
}

export function caseDeadlines(
  calendar: WorkCalendar,
  periods: CasePeriods,
  registeredAt: number,
): CaseDeadlines {
  const registeredOn = localDate(registeredAt, calendar.timeZone);
  return {
    registeredOn,
    due: deadlineOn(calendar, addWorkingDays(calendar, registeredOn, periods.answerWorkingDays)),
    extensionLimit: deadlineOn(
      calendar,
      workingDayOnOrAfter(calendar, addMonths(registeredOn, periods.extensionMaxMonths)),
    ),
    redirectBy: deadlineOn(calendar, addWorkingDays(calendar, registeredOn, periods.redirectWorkingDays)),
  };
}

/** By when the applicant must hear of a decision taken at `decidedAt` (an extension, a redirect). */
export function notifyBy(calendar: WorkCalendar, periods: CasePeriods, decidedAt: number): Deadline {
  const on = localDate(decidedAt, calendar.timeZone);
  return deadlineOn(calendar, addWorkingDays(calendar, on, periods.notifyWorkingDays));
}

export type DueState = 'overdue' | 'due_soon' | 'on_time';

/** "Due soon" when at most `soonWorkingDays` working days are left, today included. */
export function dueState(calendar: WorkCalendar, dueOn: IsoDate, now: number, soonWorkingDays = 2): DueState {
  if (now >= endOfLocalDay(dueOn, calendar.timeZone)) return 'overdue';
  const today = localDate(now, calendar.timeZone);
  const left = workingDaysBetween(calendar, today, dueOn) + (isWorkingDay(calendar, today) ? 1 : 0);
  return left <= soonWorkingDays ? 'due_soon' : 'on_time';
}
