import { describe, expect, it } from 'vitest';
import { compareRange, compareScale } from './report-compare.js';

describe('the period a report is compared with', () => {
  it('is yesterday for a day, the week before for a week, and a week earlier for "same day"', () => {
    // 2026-12-02 is a Wednesday.
    expect(compareRange('2026-12-02', '2026-12-02', 'previous')).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
    });
    expect(compareRange('2026-12-07', '2026-12-13', 'previous')).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
    });
    expect(compareRange('2026-12-02', '2026-12-02', 'weekAgo')).toEqual({
      from: '2026-11-25',
      to: '2026-11-25',
    });
    expect(compareRange('2026-03-01', '2026-03-01', 'previous')).toEqual({
      from: '2026-02-28',
      to: '2026-02-28',
    });
  });

  it('is Monday to Sunday of last week, as an average day of it', () => {
    expect(compareRange('2026-12-02', '2026-12-02', 'lastWeek')).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(compareRange('2026-12-06', '2026-12-06', 'lastWeek')).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(compareRange('2026-12-07', '2026-12-07', 'lastWeek')).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
    });
    // A day against last week's five working days: a fifth of the week's counts.
    expect(compareScale('lastWeek', 1, 5)).toBeCloseTo(0.2);
    expect(compareScale('previous', 1, 1)).toBe(1);
    expect(compareScale('lastWeek', 1, 0)).toBe(1);
  });
});
