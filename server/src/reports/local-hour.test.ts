import { describe, expect, it } from 'vitest';
import { localClock } from '@kezek/shared';
import { localMinuteFn } from './local-hour.js';

/** Every minute from `fromIso` for `hours` hours, with a few seconds inside each minute. */
function minutes(fromIso: string, hours: number): number[] {
  const start = Date.parse(fromIso);
  return Array.from({ length: hours * 60 }, (_, i) => start + i * 60_000 + (i % 7) * 8_000);
}

describe('local minute of a timestamp', () => {
  it.each([
    ['Asia/Almaty, the day it moved from UTC+6 to UTC+5', 'Asia/Almaty', '2024-02-29T12:00:00Z'],
    ['Europe/Berlin, summer time starting', 'Europe/Berlin', '2025-03-29T20:00:00Z'],
    ['Europe/Berlin, summer time ending', 'Europe/Berlin', '2025-10-25T20:00:00Z'],
    ['Asia/Kathmandu, a 45-minute offset', 'Asia/Kathmandu', '2025-03-14T00:00:00Z'],
    ['Australia/Lord_Howe, a half-hour summer shift', 'Australia/Lord_Howe', '2025-04-05T10:00:00Z'],
  ])('agrees with the queue clock on every minute: %s', (_name, zone, from) => {
    const minuteOf = localMinuteFn(zone);
    for (const ms of minutes(from, 30)) {
      const exact = localClock(ms, zone).minute;
      expect(minuteOf(ms)).toBe(exact);
    }
  });
});
