// The working-day calendar and the law's clock. Pure: dates and instants in, dates and instants out.
export { addDays, addMonths, daysBetween, isIsoDate, weekday, type IsoDate } from './dates.js';
export {
  defaultCalendar,
  holidaysOf,
  isWorkingDay,
  type CalendarYear,
  type WorkCalendar,
} from './calendar.js';
export {
  addWorkingDays,
  caseDeadlines,
  deadlineOn,
  DEFAULT_PERIODS,
  dueState,
  notifyBy,
  workingDayOnOrAfter,
  workingDaysBetween,
  type CaseDeadlines,
  type CasePeriods,
  type Deadline,
  type DueState,
} from './deadlines.js';
export { FIXED_HOLIDAYS, GOVERNMENT_TRANSFERS, KURBAN_AIT, type DayTransfer } from './holidays.js';
export { endOfLocalDay, localDate, startOfLocalDay } from './zone.js';
