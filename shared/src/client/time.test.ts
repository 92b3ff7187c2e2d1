import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, minutesBetween } from './time.js';

// 2025-03-03 20:30 UTC is already Tuesday 4 March, 01:30 in Almaty (UTC+5).
const lateEvening = Date.UTC(2025, 2, 3, 20, 30);

describe('office time', () => {
  it('shows the clock in the office zone, not the device zone', () => {
    expect(formatClock(lateEvening, 'Asia/Almaty')).toBe('01:30');
    expect(formatClock(Date.UTC(2025, 2, 3, 4, 5), 'Asia/Almaty')).toBe('09:05');
  });

  it('writes the Kazakh date with Kazakh month and weekday names', () => {
    expect(formatDate(lateEvening, 'Asia/Almaty', 'kk')).toBe('4 наурыз, сейсенбі');
  });

  it('writes Russian and English dates for the same office day', () => {
    expect(formatDate(lateEvening, 'Asia/Almaty', 'ru')).toMatch(/4 марта/);
    expect(formatDate(lateEvening, 'Asia/Almaty', 'en')).toMatch(/4 March/);
  });

  it('never counts negative minutes', () => {
    expect(minutesBetween(10_000, 0)).toBe(0);
    expect(minutesBetween(0, 125_000)).toBe(2);
  });
});
