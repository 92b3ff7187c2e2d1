// The region's public figures: every office ranked by the share of visitors served within the norm,
// by visits, or by cases answered on time, over the last week, month or year of closed days. Built
// from the period report itself (region-report.ts) for the whole region, so the public and the akim
// read the same numbers. Only counts, shares and office names: no person, desk, specialist or ticket.
import { businessDay } from '@kezek/shared';
import type { Queryable } from './db.js';
import type { PeriodFigures } from './region-report-types.js';
import { addDays, DEFAULT_DROP_PCT, regionReport } from './region-report.js';

export const OPEN_PERIODS = { week: 7, month: 30, year: 365 } as const;
export type OpenPeriodName = keyof typeof OPEN_PERIODS;
export const OPEN_SORTS = ['norm', 'visits', 'cases'] as const;
export type OpenSort = (typeof OPEN_SORTS)[number];

/** The region's offices keep Kazakhstan's one time zone; the hub's "yesterday" is theirs. */
export const REGION_TIME_ZONE = 'Asia/Almaty';

export interface PublicFigures {
  visits: number;
  served: number;
  withinNormPct: number | null;
  avgWaitMin: number | null;
  outcomes: PeriodFigures['outcomes'];
  ratingAvg: number | null;
  ratingCount: number;
  /** Of the cases answered or past their deadline, answered on time, percent; null until the hub holds cases. */
  casesOnTimePct: number | null;
}

export interface PublicOffice extends PublicFigures {
  rank: number;
  name: string;
  district: string;
}

export interface RegionOpenView {
  period: OpenPeriodName;
  sort: OpenSort;
  from: string;
  to: string;
  generatedAt: number;
  total: PublicFigures;
  offices: PublicOffice[];
}

function publicFigures(f: PeriodFigures): PublicFigures {
  const judged = f.cases ? f.cases.answeredOnTime + f.cases.answeredLate + f.cases.overdueOpen : 0;
  return {
    visits: f.visits,
    served: f.served,
    withinNormPct: f.withinNormPct,
    avgWaitMin: f.avgWaitMin,
    outcomes: { ...f.outcomes },
    ratingAvg: f.ratingAvg,
    ratingCount: f.ratingCount,
    casesOnTimePct: f.cases && judged > 0 ? Math.round((1000 * f.cases.answeredOnTime) / judged) / 10 : null,
  };
}

const KEYS: Record<OpenSort, (f: PublicFigures) => number | null> = {
  norm: (f) => f.withinNormPct,
  visits: (f) => f.visits,
  cases: (f) => f.casesOnTimePct,
};

export async function regionOpenView(
  db: Queryable,
  period: OpenPeriodName,
  sort: OpenSort,
  now: number,
): Promise<RegionOpenView> {
  const to = addDays(businessDay(now, REGION_TIME_ZONE), -1);
  const from = addDays(to, -(OPEN_PERIODS[period] - 1));
  const report = await regionReport(db, {
    from,
    to,
    by: 'office',
    dropPct: DEFAULT_DROP_PCT,
    district: null,
    now,
  });
  const key = KEYS[sort];
  // Offices with nothing to rank by (no measured wait, no case) come last, in the report's order.
  const offices = report.rows
    .map((r) => ({ name: r.label, district: r.district ?? '', ...publicFigures(r.figures) }))
    .sort((a, b) => (key(b) ?? -1) - (key(a) ?? -1) || b.visits - a.visits)
    .map((o, i) => ({ rank: i + 1, ...o }));
  return { period, sort, from, to, generatedAt: now, total: publicFigures(report.total), offices };
}
