// Kazakhstan's public holidays as data. The fixed ones never change; Kurban Ait follows the lunar
// calendar and is set yearly; the government moves days off by decree each year. Both are lists the
// head can extend in settings: a missing Kurban Ait date only makes a deadline a day earlier (stricter).
import type { IsoDate } from './dates.js';

export interface FixedHoliday {
  /** MM-DD */
  day: string;
  /** A religious holiday that falls on a weekend is not moved to the next working day. */
  religious: boolean;
}

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { day: '01-01', religious: false },
  { day: '01-02', religious: false },
  { day: '01-07', religious: true },
  { day: '03-08', religious: false },
  { day: '03-21', religious: false },
  { day: '03-22', religious: false },
  { day: '03-23', religious: false },
  { day: '05-01', religious: false },
  { day: '05-07', religious: false },
  { day: '05-09', religious: false },
  { day: '07-06', religious: false },
  { day: '08-30', religious: false },
  { day: '10-25', religious: false },
  { day: '12-16', religious: false },
];

/** The first day of Kurban Ait as Kazakhstan's calendar published it. */
export const KURBAN_AIT: Readonly<Record<number, IsoDate>> = {
  2023: '2023-06-28',
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
};

/**
 * A government transfer: `workday`, a day off, becomes a working day, and `dayOff`, a working day,
 * becomes a day off (2023: Saturday 1 July worked for Friday 7 July, next to the Capital's day).
 */
export interface DayTransfer {
  workday: IsoDate;
  dayOff: IsoDate;
}

export const GOVERNMENT_TRANSFERS: readonly DayTransfer[] = [{ workday: '2023-07-01', dayOff: '2023-07-07' }];
