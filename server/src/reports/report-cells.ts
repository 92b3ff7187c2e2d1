// Adding cells up into report rows. A row is a cell with no key: the same counters, summed.
import { OUTCOMES, type ReportRow } from '@kezek/shared';
import { newAcc, PERIOD_MIN, toCell, type Acc, type Cell } from './day-cells.js';
import type { ReportDay } from './day-summary-types.js';
import {
  addSparse,
  durations,
  fromDurationStats,
  type DenseStats,
  type SparseStats,
} from './sparse-stats.js';

export { newAcc, type Acc };

/**
 * Adds a cell into a row. `targetMin` (the cell's sector's target) stands in for the over-target waits of
 * a cell stored before they were kept: its waits from that minute on count as over.
 */
export function addCell(into: Acc, c: Cell, targetMin?: number): void {
  into.arrived += c.arrived;
  into.transferredIn += c.transferredIn;
  into.served += c.served;
  into.noShow += c.noShow;
  into.cancelled += c.cancelled;
  into.transferredOut += c.transferredOut;
  into.unserved += c.unserved;
  into.active += c.active;
  addSparse(into.wait, c.wait);
  addSparse(into.service, c.service);
  into.overTarget += c.overTarget;
  if (into.waitOver) {
    if (c.waitOver) addSparse(into.waitOver, c.waitOver);
    else if (targetMin !== undefined) addOverFromHistogram(into.waitOver, c.wait, targetMin);
  }
  for (const o of OUTCOMES) into.outcomes[o] += c.outcomes[o];
  into.ratingCount += c.ratingCount;
  into.ratingSum += c.ratingSum;
  if (c.booked) into.booked = (into.booked ?? 0) + c.booked;
  if (c.bookedWait && into.bookedWait) addSparse(into.bookedWait, c.bookedWait);
}

function addOverFromHistogram(into: DenseStats, wait: SparseStats, targetMin: number): void {
  const h = wait.hist;
  for (let i = 0; i + 1 < h.length; i += 2) {
    const minute = h[i] as number;
    const legs = h[i + 1] as number;
    if (minute < targetMin) continue;
    into.count += legs;
    into.hist[minute] = (into.hist[minute] ?? 0) + legs;
  }
}

/** A summary's cells; a version-1 summary has none, so its sectors stand in (no desk, specialist or period). */
export function cellsOf(summary: ReportDay): Cell[] {
  if (summary.cells) return summary.cells;
  return Object.entries(summary.sectors ?? {}).map(([sectorId, s]) => ({
    ...withoutWaitOver(
      toCell({ sectorId, serviceId: null, deskId: null, operatorId: null, period: null }, newAcc()),
    ),
    arrived: s.arrived,
    transferredIn: s.transferredIn,
    served: s.served,
    noShow: s.noShow,
    cancelled: s.cancelled,
    transferredOut: s.transferredOut,
    unserved: s.unserved,
    active: s.active,
    wait: fromDurationStats(s.wait),
    service: fromDurationStats(s.service),
    overTarget: s.overTarget,
    outcomes: { ...s.outcomes },
    ratingCount: s.ratings.count,
    ratingSum: s.ratings.sum,
  }));
}

// A version-1 summary never kept the over-target waits: leave them to addCell's stand-in.
function withoutWaitOver(c: Cell): Cell {
  const { waitOver: _, ...rest } = c;
  return rest;
}

const pct = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((1000 * part) / whole) / 10;

export function toRow(key: string, label: string, a: Acc): ReportRow {
  // Legs that ended here other than by moving on: a transferred visitor counts once, where it ended.
  const ended = a.arrived + a.transferredIn - a.transferredOut - a.active;
  return {
    key,
    label,
    arrived: a.arrived,
    transferredIn: a.transferredIn,
    served: a.served,
    servedPct: pct(a.served, ended),
    noShow: a.noShow,
    cancelled: a.cancelled,
    transferredOut: a.transferredOut,
    unserved: a.unserved,
    active: a.active,
    wait: durations(a.wait),
    service: durations(a.service),
    overTarget: a.overTarget,
    overTargetPct: pct(a.overTarget, a.wait.count),
    outcomes: a.outcomes,
    ratingCount: a.ratingCount,
    ratingAvg: a.ratingCount === 0 ? null : Math.round((10 * a.ratingSum) / a.ratingCount) / 10,
    booked: a.booked ?? 0,
    walkIn: a.arrived - (a.booked ?? 0),
    ...(a.bookedWait ? { bookedWait: durations(a.bookedWait) } : {}),
  };
}

export function periodLabel(period: number): string {
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(period * PERIOD_MIN)}–${hhmm((period + 1) * PERIOD_MIN)}`;
}
