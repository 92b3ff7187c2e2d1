import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar, isWorkingDay } from './calendar.js';
import { addDays } from './dates.js';
import {
  addWorkingDays,
  caseDeadlines,
  DEFAULT_PERIODS,
  dueState,
  notifyBy,
  workingDaysBetween,
} from './deadlines.js';

const ALMATY = 'Asia/Almaty';
const cal = defaultCalendar(ALMATY);
/** A local Almaty time (UTC+5) as an instant. */
const almaty = (iso: string) => Date.parse(`${iso}+05:00`);

describe("the law's clock", () => {
  it('15 working days from 6 March 2026 skip 9 March and the five Nauryz days off', () => {
    const d = caseDeadlines(cal, DEFAULT_PERIODS, almaty('2026-03-06T11:00:00'));
    expect(d.registeredOn).toBe('2026-03-06');
    expect(d.due.on).toBe('2026-04-02');
    // Missed from Almaty midnight after 2 April.
    expect(d.due.at).toBe(Date.parse('2026-04-02T19:00:00Z'));
  });

  it('a deadline across the year boundary skips New Year, its moved Saturday and Christmas', () => {
    // 2 January 2027 is a Saturday, so Monday 4 January is off; 7 January is Christmas.
    const d = caseDeadlines(cal, DEFAULT_PERIODS, almaty('2026-12-24T10:00:00'));
    expect(d.due.on).toBe('2027-01-19');
  });

  it('a transfer day counts: Saturday 1 July 2023 worked, Friday 7 July off', () => {
    // From Thursday 29 June 2023: 30 Jun, 1 Jul (the worked Saturday), 3, 4, 5 Jul; 6 and 7 Jul off.
    expect(addWorkingDays(cal, '2023-06-29', 5)).toBe('2023-07-05');
    expect(addWorkingDays(cal, '2023-06-29', 6)).toBe('2023-07-10');
  });

  it("the registration date is the office zone's, not the server's", () => {
    // 01:30 on 6 March in Almaty is still 5 March in UTC.
    const at = Date.parse('2026-03-05T20:30:00Z');
    expect(caseDeadlines(cal, DEFAULT_PERIODS, at).due.on).toBe('2026-04-02');
    const utc = caseDeadlines(defaultCalendar('UTC'), DEFAULT_PERIODS, at);
    expect(utc.registeredOn).toBe('2026-03-05');
    expect(utc.due.on).toBe('2026-04-01');
    expect(utc.due.at).toBe(Date.parse('2026-04-02T00:00:00Z'));
  });

  it('an extension may reach two months, moved off a weekend, and redirect is due in 3 working days', () => {
    const d = caseDeadlines(cal, DEFAULT_PERIODS, almaty('2025-12-31T09:00:00'));
    // 28 February 2026 is a Saturday: the limit moves to Monday 2 March.
    expect(d.extensionLimit.on).toBe('2026-03-02');
    // 1-2 January off, 3-4 January the weekend, 5 and 6 January, 7 January Christmas, 8 January.
    expect(d.redirectBy.on).toBe('2026-01-08');
    // Told of a decision on Friday 20 March: 21-25 March off, so 26, 27 and 30 March.
    expect(notifyBy(cal, DEFAULT_PERIODS, almaty('2026-03-20T15:00:00')).on).toBe('2026-03-30');
  });

  it('periods are settings: a body with 10 working days gets an earlier date', () => {
    const d = caseDeadlines(
      cal,
      { ...DEFAULT_PERIODS, answerWorkingDays: 10 },
      almaty('2026-03-06T11:00:00'),
    );
    expect(d.due.on).toBe('2026-03-26');
  });

  it('marks a case due soon within two working days and overdue from the local midnight', () => {
    expect(dueState(cal, '2026-04-02', almaty('2026-03-30T09:00:00'))).toBe('on_time');
    expect(dueState(cal, '2026-04-02', almaty('2026-04-01T09:00:00'))).toBe('due_soon');
    expect(dueState(cal, '2026-04-02', almaty('2026-04-02T23:59:59'))).toBe('due_soon');
    expect(dueState(cal, '2026-04-02', almaty('2026-04-03T00:00:00'))).toBe('overdue');
  });
});

describe('deadline properties', () => {
  const date = fc
    .integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('n working days later is a working day with exactly n working days since', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const due = addWorkingDays(cal, d, n);
        expect(isWorkingDay(cal, due)).toBe(true);
        expect(workingDaysBetween(cal, d, due)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('a later registration never gets an earlier due date, and the limit is never before it', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 20 }), (d, gap) => {
        const a = caseDeadlines(cal, DEFAULT_PERIODS, almaty(`${d}T12:00:00`));
        const b = caseDeadlines(cal, DEFAULT_PERIODS, almaty(`${addDays(d, gap)}T12:00:00`));
        expect(b.due.on >= a.due.on).toBe(true);
        expect(a.extensionLimit.on >= a.due.on).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
