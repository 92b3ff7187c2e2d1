import { describe, expect, it } from 'vitest';
import {
  CLOCK_PATTERN,
  DATE_PATTERN,
  isoToText,
  normalizeClock,
  staffDate,
  staffDateTime,
  textToIso,
} from './staff-time.js';

describe('staff dates and times', () => {
  it('are day.month.year and 24-hour in the office zone, whatever the browser', () => {
    // 19:30 UTC on 30 November is 00:30 on 1 December in Almaty.
    const at = Date.UTC(2026, 10, 30, 19, 30);
    expect(staffDate(at, 'Asia/Almaty')).toBe('01.12.2026');
    expect(staffDateTime(at, 'Asia/Almaty')).toBe('01.12.2026 00:30');
    expect(staffDateTime(at, 'UTC')).toBe('30.11.2026 19:30');
  });

  it('read typed days and clock times, and refuse what is no day or time', () => {
    expect(textToIso('1.12.2026')).toBe('2026-12-01');
    expect(textToIso('31.02.2026')).toBeNull();
    expect(textToIso('12/01/2026')).toBe('2026-01-12');
    expect(textToIso('2026-12-01')).toBe('2026-12-01');
    expect(isoToText('2026-12-01')).toBe('01.12.2026');
    expect(['9:05', '0905', '24:00', '00:00'].map(normalizeClock)).toEqual([
      '09:05',
      '09:05',
      '24:00',
      '00:00',
    ]);
    expect(['24:30', '9:60', '12:00 AM', ''].map(normalizeClock)).toEqual([null, null, null, null]);
    const pattern = new RegExp(`^(?:${CLOCK_PATTERN})$`, 'v');
    const date = new RegExp(`^(?:${DATE_PATTERN})$`, 'v');
    expect(['1.12.2026', '01/12/2026', '2026-12-01'].every((v) => date.test(v))).toBe(true);
    expect(date.test('12.2026')).toBe(false);
    expect(['09:00', '24:00', '9:30'].every((v) => pattern.test(v))).toBe(true);
    expect(['25:00', '12:00 AM'].some((v) => pattern.test(v))).toBe(false);
  });
});
