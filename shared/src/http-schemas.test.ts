import { describe, expect, it } from 'vitest';
import { clockTimeSchema, isoDaySchema } from './http-schemas.js';

describe('isoDaySchema', () => {
  it('takes days that exist, leap days included', () => {
    for (const day of ['2024-02-29', '2026-12-01', '2000-02-29', '1999-12-31']) {
      expect(isoDaySchema.safeParse(day).success, day).toBe(true);
    }
  });
  it('refuses days the calendar does not have and shapes that are not days', () => {
    for (const day of [
      '2024-02-30',
      '2023-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-1',
      '20261201',
      '',
    ]) {
      expect(isoDaySchema.safeParse(day).success, day).toBe(false);
    }
  });
});

describe('clockTimeSchema', () => {
  it('reads HH:MM as minutes and refuses times past 24:00', () => {
    expect(clockTimeSchema.parse('09:30')).toBe(570);
    expect(clockTimeSchema.parse('24:00')).toBe(1440);
    expect(clockTimeSchema.safeParse('24:01').success).toBe(false);
    expect(clockTimeSchema.safeParse('9:60').success).toBe(false);
    expect(clockTimeSchema.safeParse('noon').success).toBe(false);
  });
});
