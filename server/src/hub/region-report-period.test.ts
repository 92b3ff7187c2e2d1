// How a period is split between whole months (month rollups) and loose days (day rollups).
import { describe, expect, it } from 'vitest';
import { periodParts } from './region-report-period.js';

const E = ['1', '0'];

describe('periodParts', () => {
  it('reads a period inside one month from days only', () => {
    expect(periodParts('2026-03-02', '2026-03-30')).toEqual({
      days: [['2026-03-02', '2026-03-30'], E],
      months: E,
    });
  });
  it('reads whole months from months, and the loose days on either side from days', () => {
    expect(periodParts('2025-01-01', '2025-12-31')).toEqual({ days: [E, E], months: ['2025-01', '2025-12'] });
    expect(periodParts('2024-01-02', '2024-12-31')).toEqual({
      days: [['2024-01-02', '2024-01-31'], E],
      months: ['2024-02', '2024-12'],
    });
    expect(periodParts('2026-01-15', '2026-03-10')).toEqual({
      days: [
        ['2026-01-15', '2026-01-31'],
        ['2026-03-01', '2026-03-10'],
      ],
      months: ['2026-02', '2026-02'],
    });
  });
  it('knows the end of February in a leap year', () => {
    expect(periodParts('2024-02-01', '2024-02-29').months).toEqual(['2024-02', '2024-02']);
    expect(periodParts('2024-02-01', '2024-02-28')).toEqual({
      days: [['2024-02-01', '2024-02-28'], E],
      months: E,
    });
  });
  it('covers a single day, and a span across a year boundary', () => {
    expect(periodParts('2026-03-02', '2026-03-02')).toEqual({
      days: [['2026-03-02', '2026-03-02'], E],
      months: E,
    });
    expect(periodParts('2025-12-01', '2026-01-31').months).toEqual(['2025-12', '2026-01']);
  });
});
