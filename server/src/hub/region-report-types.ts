// The shape of a regional period report, apart from the code that computes it, so the exports, the
// public page and the tests read it without pulling in the queries.
import type { Names } from '@kezek/shared';

export const REPORT_GROUPINGS = ['office', 'district', 'sector'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/**
 * Follow-up cases registered in the period, as the office's case report counts them; null where the
 * hub holds no cases table. A missed deadline counts as a refusal, so overdue is answered late plus
 * still open past the deadline.
 */
export interface CaseFigures {
  registered: number;
  answeredOnTime: number;
  answeredLate: number;
  overdueOpen: number;
}

export interface PeriodFigures {
  /** Visitors who came; in a sector's row, also the legs transferred into it. */
  visits: number;
  served: number;
  noShows: number;
  outcomes: { solved: number; consulted: number; in_progress: number; redirected: number };
  /** Share of measured waits within the norm of the visitor's sector, percent; null when none. */
  withinNormPct: number | null;
  waits: number;
  avgWaitMin: number | null;
  ratingAvg: number | null;
  ratingCount: number;
  cases: CaseFigures | null;
}

export interface ReportChange {
  /** Against the office's previous period of the same length, percent; null with nothing before. */
  visitsPct: number | null;
  /** Visits answered (solved or consulted), the same way. */
  answersPct: number | null;
}

export interface RegionReportRow {
  key: string;
  /** Office name, district id, or the sector's id when no office named it. */
  label: string;
  /** A sector's names as the offices call it. */
  names: Names | null;
  district: string | null;
  figures: PeriodFigures;
  /** Offices only: the previous period and the change. */
  previous: PeriodFigures | null;
  change: ReportChange | null;
  /** 1 = best; by share within the norm (null with no measured wait) and by visits. */
  rank: { withinNorm: number | null; visits: number };
}

export interface ReportAlert {
  officeId: string;
  name: string;
  district: string;
  measure: 'visits' | 'answers';
  now: number;
  before: number;
  changePct: number;
}

export interface RegionReport {
  from: string;
  to: string;
  days: number;
  by: ReportGrouping;
  previous: { from: string; to: string };
  /** An office whose visits or answers fell by this share or more (and had enough before) is alerted. */
  dropPct: number;
  minBefore: number;
  /** The viewer's scope: null, the region. */
  district: string | null;
  generatedAt: number;
  total: PeriodFigures;
  rows: RegionReportRow[];
  alerts: ReportAlert[];
}
