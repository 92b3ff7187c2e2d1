// The compact record of one closed day, stored beside its tickets so a year of reports reads 250 small
// summaries instead of 750,000 tickets. Counts are of legs: a transferred visitor is two legs.
import type { Outcome } from '@kezek/shared';
import type { Cell } from './day-cells.js';
import type { DurationStats } from './duration-stats.js';
import type { WorkRecord } from './work-time.js';

/** 2 added cells, queuePeak and work; a version-1 summary still reads (reports fall back to its sectors). */
export const DAY_SUMMARY_VERSION = 2;

export interface Flow {
  /** Tickets issued to visitors (first legs). */
  arrived: number;
  /** Legs that came in by a transfer from another sector or desk. */
  transferredIn: number;
  served: number;
  noShow: number;
  cancelled: number;
  transferredOut: number;
  unserved: number;
  /** Still waiting, called or serving: only for a summary of a day that is not closed yet. */
  active: number;
}

export interface Ratings {
  count: number;
  sum: number;
  byStars: Record<1 | 2 | 3 | 4 | 5, number>;
}

export interface GroupSummary extends Flow {
  /** calledAt - queuedAt of every called leg, in seconds. */
  wait: DurationStats;
  /** endedAt - startedAt of every finished leg, in seconds. */
  service: DurationStats;
  /** Called legs whose wait exceeded their own norm (their service's, else their sector's). */
  overTarget: number;
  outcomes: Record<Outcome, number>;
  ratings: Ratings;
}

export interface SectorSummary extends GroupSummary {
  /** As configured that day, so a year report can label sectors renamed or removed since. */
  letter: string | null;
  targetWaitMin: number | null;
}

export interface WorkSummary {
  served: number;
  serviceSecSum: number;
}

export interface HourSummary {
  /** Arrivals issued in this local hour. */
  arrived: number;
  /** Waits of legs queued in this local hour. */
  waitCount: number;
  waitSecSum: number;
}

export interface DaySummary {
  summaryVersion: 1 | typeof DAY_SUMMARY_VERSION;
  day: string;
  timeZone: string;
  office: GroupSummary;
  sectors: Record<string, SectorSummary>;
  desks: Record<string, WorkSummary>;
  operators: Record<string, WorkSummary>;
  /** Index = hour of the local day, 0..23. */
  hours: HourSummary[];
  // ── version 2 ──
  /** Sector x service x desk x specialist x 30-minute period: what every report adds up. */
  cells?: Cell[];
  /** The most visitors waiting at once in each 30-minute period. */
  queuePeak?: number[];
  /** The same per sector (absent in summaries written before it was added). */
  queuePeakBySector?: Record<string, number[]>;
  /** Open, paused and busy time per desk and specialist (absent when the office did not pass it). */
  work?: WorkRecord;
}

/**
 * What a report reads of a day: its cells (a version-1 summary has none, and its sectors stand in), its
 * queue peaks and its desk time. A closed day's summary is one; so is the live view of today.
 */
export type ReportDay = Pick<DaySummary, 'cells' | 'queuePeak' | 'queuePeakBySector' | 'work'> &
  Partial<Pick<DaySummary, 'sectors'>>;
