import { describe, expect, it } from 'vitest';
import { normLookup, normOf, overNorm } from './norms.js';
import type { Sector } from './types.js';

const names = { kk: 'x', ru: 'x', en: 'x' };
const sector = (over: Partial<Sector> = {}): Sector => ({
  id: 'legal',
  letter: 'A',
  names,
  hints: names,
  services: [
    { id: 'pension', names, maxWaitMin: 30, maxServiceMin: 20 },
    { id: 'wait-only', names, maxWaitMin: 5 },
    { id: 'plain', names },
  ],
  targetWaitMin: 15,
  dailyLimit: null,
  priorityAllowed: true,
  hours: null,
  enabled: true,
  ...over,
});

describe('a ticket’s norm', () => {
  it('is the service’s own wait and service time where the service sets them', () => {
    expect(normOf(sector(), 'pension')).toEqual({ waitMin: 30, serviceMin: 20 });
  });

  it('falls back to the sector for what the service leaves unset, one number at a time', () => {
    const s = sector({ maxServiceMin: 12 });
    expect(normOf(s, 'wait-only')).toEqual({ waitMin: 5, serviceMin: 12 });
    expect(normOf(s, 'plain')).toEqual({ waitMin: 15, serviceMin: 12 });
  });

  it('is the sector’s for a ticket without a service or with a service since removed', () => {
    expect(normOf(sector(), null)).toEqual({ waitMin: 15, serviceMin: null });
    expect(normOf(sector({ maxServiceMin: 25 }), 'gone')).toEqual({ waitMin: 15, serviceMin: 25 });
  });

  it('treats a null service norm like an absent one', () => {
    const s = sector({
      services: [{ id: 'p', names, maxWaitMin: null, maxServiceMin: null }],
      maxServiceMin: 9,
    });
    expect(normOf(s, 'p')).toEqual({ waitMin: 15, serviceMin: 9 });
  });

  it('looks up the same answers as normOf, and nothing for a sector the office no longer has', () => {
    const s = sector({ maxServiceMin: 12 });
    const lookup = normLookup([s]);
    for (const id of ['pension', 'wait-only', 'plain', 'gone', null])
      expect(lookup('legal', id)).toEqual(normOf(s, id));
    expect(lookup('closed', null)).toBeUndefined();
  });

  it('counts a duration as over only past the norm, and never without one', () => {
    expect(overNorm(15 * 60, 15)).toBe(false);
    expect(overNorm(15 * 60 + 1, 15)).toBe(true);
    expect(overNorm(10_000, null)).toBe(false);
    expect(overNorm(10_000, undefined)).toBe(false);
  });
});
