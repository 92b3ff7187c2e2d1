// Durations in whole seconds, with a per-minute histogram: exact percentiles need every value, which a
// year of days cannot keep, but histograms add up across days and still give percentiles to the minute.

/** Buckets 0..119 hold [i, i+1) minutes; the last one holds two hours and more. */
export const HISTOGRAM_MINUTES = 120;
export const HISTOGRAM_LENGTH = HISTOGRAM_MINUTES + 1;

export interface DurationStats {
  count: number;
  sum: number;
  /** null when count is 0. */
  min: number | null;
  max: number | null;
  /** Middle value; the mean of the two middle ones when count is even. */
  median: number | null;
  /** Nearest rank: the smallest value with at least 90 % of the values at or below it. */
  p90: number | null;
  histogram: number[];
}

export function durationStats(seconds: readonly number[]): DurationStats {
  const histogram = new Array<number>(HISTOGRAM_LENGTH).fill(0);
  for (const s of seconds) histogram[bucketOf(s)] = (histogram[bucketOf(s)] ?? 0) + 1;
  const n = seconds.length;
  if (n === 0) return { count: 0, sum: 0, min: null, max: null, median: null, p90: null, histogram };
  const sorted = [...seconds].sort((a, b) => a - b);
  // Indexes below are within 0..n-1, n > 0.
  const at = (i: number): number => sorted[i] ?? 0;
  const mid = Math.floor(n / 2);
  return {
    count: n,
    sum: sorted.reduce((a, b) => a + b, 0),
    min: at(0),
    max: at(n - 1),
    median: n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2,
    p90: at(Math.ceil(0.9 * n) - 1),
    histogram,
  };
}

export function bucketOf(seconds: number): number {
  return Math.min(Math.floor(seconds / 60), HISTOGRAM_MINUTES);
}

/** Stats of many days together; median and p90 come from the merged histogram, to the minute. */
export function mergeDurationStats(parts: readonly DurationStats[]): DurationStats {
  const histogram = new Array<number>(HISTOGRAM_LENGTH).fill(0);
  let count = 0;
  let sum = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (const p of parts) {
    count += p.count;
    sum += p.sum;
    if (p.min !== null) min = min === null ? p.min : Math.min(min, p.min);
    if (p.max !== null) max = max === null ? p.max : Math.max(max, p.max);
    p.histogram.forEach((c, i) => (histogram[i] = (histogram[i] ?? 0) + c));
  }
  const median = histogramPercentile(histogram, 0.5);
  const p90 = histogramPercentile(histogram, 0.9);
  return { count, sum, min, max, median, p90, histogram };
}

/** Seconds at the start of the minute bucket holding the nearest-rank q-quantile; null when empty. */
export function histogramPercentile(histogram: readonly number[], q: number): number | null {
  const total = histogram.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i] ?? 0;
    if (seen >= rank) return i * 60;
  }
  return HISTOGRAM_MINUTES * 60;
}
