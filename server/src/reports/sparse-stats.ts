// Durations in two forms. Stored cells keep a sparse histogram (flat [minute, count, …] pairs: small to
// store, cheap to parse); report accumulators keep a dense one, so adding a cell is a few array writes.
// Percentiles come out to the minute, like mergeDurationStats.
import type { ReportDurations } from '@kezek/shared';
import { bucketOf, HISTOGRAM_LENGTH, histogramPercentile, type DurationStats } from './duration-stats.js';

export interface SparseStats {
  count: number;
  sum: number;
  min: number | null;
  max: number | null;
  /** Flat pairs: minute bucket, legs; buckets not listed are 0. */
  hist: number[];
}

export interface DenseStats {
  count: number;
  sum: number;
  min: number | null;
  max: number | null;
  hist: number[];
}

export const emptyDense = (): DenseStats => ({
  count: 0,
  sum: 0,
  min: null,
  max: null,
  hist: new Array<number>(HISTOGRAM_LENGTH).fill(0),
});

export function addValue(d: DenseStats, seconds: number): void {
  d.count += 1;
  d.sum += seconds;
  d.min = d.min === null ? seconds : Math.min(d.min, seconds);
  d.max = d.max === null ? seconds : Math.max(d.max, seconds);
  const b = bucketOf(seconds);
  d.hist[b] = (d.hist[b] ?? 0) + 1;
}

/** Adds a stored cell's durations into an accumulator, in place. */
export function addSparse(into: DenseStats, part: SparseStats): void {
  if (part.count === 0) return;
  into.count += part.count;
  into.sum += part.sum;
  if (part.min !== null) into.min = into.min === null ? part.min : Math.min(into.min, part.min);
  if (part.max !== null) into.max = into.max === null ? part.max : Math.max(into.max, part.max);
  const h = part.hist;
  for (let i = 0; i + 1 < h.length; i += 2) {
    const b = h[i] as number;
    into.hist[b] = (into.hist[b] ?? 0) + (h[i + 1] as number);
  }
}

export function toSparse(d: DenseStats): SparseStats {
  const hist: number[] = [];
  if (d.count > 0) {
    const h = d.hist;
    for (let i = 0; i < h.length; i++) {
      const c = h[i] as number;
      if (c > 0) hist.push(i, c);
    }
  }
  return { count: d.count, sum: d.sum, min: d.min, max: d.max, hist };
}

/** A version-1 summary's stats as a stored cell's. */
export function fromDurationStats(d: DurationStats): SparseStats {
  return toSparse({ count: d.count, sum: d.sum, min: d.min, max: d.max, hist: d.histogram });
}

export function durations(d: DenseStats): ReportDurations {
  return {
    count: d.count,
    avgSec: d.count === 0 ? null : Math.round(d.sum / d.count),
    medianSec: histogramPercentile(d.hist, 0.5),
    p90Sec: histogramPercentile(d.hist, 0.9),
    maxSec: d.max,
  };
}
