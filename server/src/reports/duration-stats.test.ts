import { describe, expect, it } from 'vitest';
import { bucketOf, durationStats, histogramPercentile, mergeDurationStats } from './duration-stats.js';

describe('duration stats', () => {
  it('puts a duration in its minute bucket, two hours and more in the overflow bucket', () => {
    expect([
      bucketOf(0),
      bucketOf(59),
      bucketOf(60),
      bucketOf(7199),
      bucketOf(7200),
      bucketOf(99999),
    ]).toEqual([0, 0, 1, 119, 120, 120]);
  });

  it('takes the nearest-rank p90 and the middle median', () => {
    const s = durationStats([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect({ median: s.median, p90: s.p90, min: s.min, max: s.max, sum: s.sum }).toEqual({
      median: 55,
      p90: 90,
      min: 10,
      max: 100,
      sum: 550,
    });
    expect(durationStats([42]).p90).toBe(42);
  });

  it('merges days: exact counts and extremes, percentiles to the minute from histograms', () => {
    const day1 = durationStats([30, 90, 150]);
    const day2 = durationStats([200, 400, 900, 1000]);
    const merged = mergeDurationStats([day1, day2, durationStats([])]);
    expect(merged).toMatchObject({ count: 7, sum: 2770, min: 30, max: 1000, median: 180, p90: 960 });
    expect(histogramPercentile(merged.histogram, 0.9)).toBe(960);
    expect(histogramPercentile(durationStats([]).histogram, 0.5)).toBeNull();
  });
});
