import { describe, expect, it } from 'vitest';
import { defaultCalendar, holidaysOf, isWorkingDay, type WorkCalendar } from './calendar.js';

const ALMATY = 'Asia/Almaty';

describe('the working-day calendar', () => {
  it("moves 2026's weekend holidays to the weekdays the government published", () => {
    const cal = defaultCalendar(ALMATY);
    const off = holidaysOf(cal, 2026).filter((d) => d >= '2026-03-01' && d < '2026-11-01');
    // 8 March and 21-22 March on a weekend, 9 May Saturday, 30 August and 25 October Sundays.
    expect(off).toEqual([
      '2026-03-08',
      '2026-03-09',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-09',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-08-30',
      '2026-08-31',
      '2026-10-25',
      '2026-10-26',
    ]);
  });

  it('does not move religious holidays that fall on a weekend', () => {
    const cal = defaultCalendar(ALMATY);
    // Kurban Ait 2024 was on Sunday 16 June, Orthodox Christmas 2024 on Sunday 7 January.
    expect(isWorkingDay(cal, '2024-06-17')).toBe(true);
    expect(isWorkingDay(cal, '2024-01-08')).toBe(true);
    // Kurban Ait 2026 is a Wednesday and a day off.
    expect(isWorkingDay(cal, '2026-05-27')).toBe(false);
  });

  it('a government transfer makes the Saturday a working day and the Friday a day off', () => {
    const cal = defaultCalendar(ALMATY);
    expect(isWorkingDay(cal, '2023-07-01')).toBe(true);
    expect(isWorkingDay(cal, '2023-07-07')).toBe(false);
    expect(isWorkingDay(cal, '2023-07-08')).toBe(false);
  });

  it("the head's added and removed days have the last word", () => {
    const cal: WorkCalendar = {
      ...defaultCalendar(ALMATY),
      years: { '2026': { kurbanAit: '2026-05-27', added: ['2026-04-14'], removed: ['2026-03-09'] } },
    };
    expect(isWorkingDay(cal, '2026-04-14')).toBe(false);
    expect(isWorkingDay(cal, '2026-03-09')).toBe(true);
  });

  it('a year without a known Kurban Ait date counts no day off for it', () => {
    const cal = defaultCalendar(ALMATY);
    expect(isWorkingDay(cal, '2031-04-02')).toBe(true);
    const withDate: WorkCalendar = {
      ...cal,
      years: { '2031': { kurbanAit: '2031-04-02', added: [], removed: [] } },
    };
    expect(isWorkingDay(withDate, '2031-04-02')).toBe(false);
  });
});
