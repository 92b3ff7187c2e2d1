import { describe, expect, it } from 'vitest';
import { businessDay, isOpenAt, localClock, nextLocalMidnight } from './clock.js';
import { OFFICE_HOURS, ZONE } from './test-fixture.js';

describe('clock', () => {
  it('businessDay uses the office zone: 20:30 UTC is already tomorrow in Almaty (UTC+5)', () => {
    const at = Date.UTC(2024, 5, 3, 20, 30);
    expect(businessDay(at, 'UTC')).toBe('2024-06-03');
    expect(businessDay(at, ZONE)).toBe('2024-06-04');
  });

  it('businessDay turns over exactly at local midnight (19:00 UTC)', () => {
    expect(businessDay(Date.UTC(2024, 5, 3, 18, 59, 59, 999), ZONE)).toBe('2024-06-03');
    expect(businessDay(Date.UTC(2024, 5, 3, 19, 0), ZONE)).toBe('2024-06-04');
  });

  it('localClock gives the local weekday (0 = Sunday) and minutes after local midnight', () => {
    // Sunday 2 June 2024 19:30 UTC is Monday 00:30 in Almaty.
    expect(localClock(Date.UTC(2024, 5, 2, 19, 30), ZONE)).toEqual({ weekday: 1, minute: 30 });
    expect(localClock(Date.UTC(2024, 5, 3, 4, 15), ZONE)).toEqual({ weekday: 1, minute: 9 * 60 + 15 });
  });

  it('isOpenAt treats opening spans as [open, close)', () => {
    const mon = (h: number, m = 0) => Date.UTC(2024, 5, 3, h - 5, m);
    expect(isOpenAt(OFFICE_HOURS, mon(8, 59), ZONE)).toBe(false);
    expect(isOpenAt(OFFICE_HOURS, mon(9), ZONE)).toBe(true);
    expect(isOpenAt(OFFICE_HOURS, mon(17, 59), ZONE)).toBe(true);
    expect(isOpenAt(OFFICE_HOURS, mon(18), ZONE)).toBe(false);
  });

  it('isOpenAt follows the weekday: Saturday closes at 13:00, Sunday is closed', () => {
    expect(isOpenAt(OFFICE_HOURS, Date.UTC(2024, 5, 8, 7, 0), ZONE)).toBe(true); // Sat 12:00
    expect(isOpenAt(OFFICE_HOURS, Date.UTC(2024, 5, 8, 8, 0), ZONE)).toBe(false); // Sat 13:00
    expect(isOpenAt(OFFICE_HOURS, Date.UTC(2024, 5, 9, 6, 0), ZONE)).toBe(false); // Sun 11:00
  });

  it('nextLocalMidnight in Almaty is 19:00 UTC of the local day', () => {
    expect(nextLocalMidnight(Date.UTC(2024, 5, 3, 4, 0), ZONE)).toBe(Date.UTC(2024, 5, 3, 19, 0));
    // 23:59 local on 3 June is 18:59 UTC; exactly midnight moves on to the following one.
    expect(nextLocalMidnight(Date.UTC(2024, 5, 3, 18, 59), ZONE)).toBe(Date.UTC(2024, 5, 3, 19, 0));
    expect(nextLocalMidnight(Date.UTC(2024, 5, 3, 19, 0), ZONE)).toBe(Date.UTC(2024, 5, 4, 19, 0));
  });

  it('nextLocalMidnight handles a zone that shifts its clock, landing on a new business day', () => {
    // Berlin moves to summer time in the night of 31 March 2024; midnight is still 23:00 UTC.
    const m = nextLocalMidnight(Date.UTC(2024, 2, 30, 12, 0), 'Europe/Berlin');
    expect(m).toBe(Date.UTC(2024, 2, 30, 23, 0));
    const n = nextLocalMidnight(m, 'Europe/Berlin');
    expect(n).toBe(Date.UTC(2024, 2, 31, 22, 0));
    expect(businessDay(n, 'Europe/Berlin')).toBe('2024-04-01');
  });
});
