// A regional period report from the rollups (region-rollups.ts): one scan of the offices' own rows over
// the period and the one before it of the same length, districts and the region added up from the
// offices, sectors from their own rows. A district viewer's report holds only their district's offices.
import type { Names } from '@kezek/shared';
import type { Queryable } from './db.js';
import { addCases, caseFigures, noCases } from './region-report-cases.js';
import { periodParams, periodParts, rowsSql } from './region-report-period.js';
import type {
  CaseFigures,
  PeriodFigures,
  RegionReport,
  RegionReportRow,
  ReportAlert,
  ReportGrouping,
} from './region-report-types.js';

export interface ReportQuery {
  from: string;
  to: string;
  by: ReportGrouping;
  /** Percent; an office whose visits or answers fell by this much or more is alerted. */
  dropPct: number;
  /** Scope: null, the region. */
  district: string | null;
  now: number;
}

/** Below this many visits (or answers) before, a fall says nothing: one quiet office of 3 visitors. */
export const ALERT_MIN_BEFORE = 20;
export const DEFAULT_DROP_PCT = 30;
export const MAX_REPORT_DAYS = 366;

interface Sums {
  visits: number;
  served: number;
  no_shows: number;
  solved: number;
  consulted: number;
  in_progress: number;
  redirected: number;
  waits: number;
  over_norm: number;
  wait_sec_sum: number;
  rating_count: number;
  rating_sum: number;
}

const SUM_KEYS = [
  'visits',
  'served',
  'no_shows',
  'solved',
  'consulted',
  'in_progress',
  'redirected',
  'waits',
  'over_norm',
  'wait_sec_sum',
  'rating_count',
  'rating_sum',
] as const satisfies readonly (keyof Sums)[];

const zero = (): Sums => Object.fromEntries(SUM_KEYS.map((k) => [k, 0])) as unknown as Sums;

function add(into: Sums, s: Sums): Sums {
  for (const k of SUM_KEYS) into[k] += s[k];
  return into;
}

/** The summed columns, named with `prefix` (`n_…` the period, `p_…` the one before). */
const sumsSql = (prefix = '') =>
  SUM_KEYS.map((k) => `coalesce(sum(r.${k}), 0)::bigint AS ${prefix}${k}`).join(', ');
const pick = (row: Record<string, unknown>, prefix: string): Sums =>
  Object.fromEntries(SUM_KEYS.map((k) => [k, Number(row[prefix + k] ?? 0)])) as unknown as Sums;

const pct = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((1000 * part) / whole) / 10;

export function figuresOf(s: Sums): PeriodFigures {
  const over = pct(s.over_norm, s.waits);
  return {
    visits: s.visits,
    served: s.served,
    noShows: s.no_shows,
    outcomes: {
      solved: s.solved,
      consulted: s.consulted,
      in_progress: s.in_progress,
      redirected: s.redirected,
    },
    withinNormPct: over === null ? null : Math.round((100 - over) * 10) / 10,
    waits: s.waits,
    avgWaitMin: s.waits === 0 ? null : Math.round(s.wait_sec_sum / s.waits / 6) / 10,
    ratingAvg: s.rating_count === 0 ? null : Math.round((10 * s.rating_sum) / s.rating_count) / 10,
    ratingCount: s.rating_count,
    cases: null,
  };
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

interface OfficeRow {
  id: string;
  name: string;
  district: string;
  now: Sums;
  before: Sums;
  cases: CaseFigures | null;
}

export async function regionReport(db: Queryable, q: ReportQuery): Promise<RegionReport> {
  const days = daysBetween(q.from, q.to);
  const previous = { from: addDays(q.from, -days), to: addDays(q.from, -1) };
  const [now, before] = [periodParts(q.from, q.to), periodParts(previous.from, previous.to)];
  const rows = await db.query<Record<string, unknown>>(
    `SELECT o.id, o.name, o.district, n.*, p.*
     FROM offices o
     LEFT JOIN (SELECT r.office_id AS n_office, ${sumsSql('n_')} FROM ${rowsSql(SUM_KEYS, "= ''", 1)} r
       GROUP BY r.office_id) n ON n.n_office = o.id
     LEFT JOIN (SELECT r.office_id AS p_office, ${sumsSql('p_')} FROM ${rowsSql(SUM_KEYS, "= ''", 7)} r
       GROUP BY r.office_id) p ON p.p_office = o.id
     WHERE $13::text IS NULL OR o.district = $13
     ORDER BY o.district, o.name, o.id`,
    [...periodParams(now), ...periodParams(before), q.district],
  );
  const cases = await caseFigures(db, 'office', q);
  const offices: OfficeRow[] = rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    district: String(r.district),
    now: pick(r, 'n_'),
    before: pick(r, 'p_'),
    cases: cases ? (cases.get(String(r.id)) ?? noCases()) : null,
  }));
  const total = figuresOf(offices.reduce((acc, o) => add(acc, o.now), zero()));
  total.cases = cases ? offices.reduce((acc, o) => addCases(acc, o.cases ?? noCases()), noCases()) : null;
  const reportRows =
    q.by === 'office'
      ? offices.map(officeRow)
      : q.by === 'district'
        ? districtRows(offices)
        : await sectorRows(db, q);
  return {
    from: q.from,
    to: q.to,
    days,
    by: q.by,
    previous,
    dropPct: q.dropPct,
    minBefore: ALERT_MIN_BEFORE,
    district: q.district,
    generatedAt: q.now,
    total,
    rows: ranked(reportRows),
    alerts: offices.flatMap((o) => alertsOf(o, q.dropPct)),
  };
}

const answers = (s: Sums) => s.solved + s.consulted;
const change = (now: number, before: number) =>
  before === 0 ? null : Math.round((1000 * (now - before)) / before) / 10;

function officeRow(o: OfficeRow): RegionReportRow {
  return {
    key: o.id,
    label: o.name,
    names: null,
    district: o.district,
    figures: { ...figuresOf(o.now), cases: o.cases },
    previous: figuresOf(o.before),
    change: {
      visitsPct: change(o.now.visits, o.before.visits),
      answersPct: change(answers(o.now), answers(o.before)),
    },
    rank: { withinNorm: null, visits: 0 },
  };
}

function districtRows(offices: readonly OfficeRow[]): RegionReportRow[] {
  const by = new Map<string, { sums: Sums; cases: CaseFigures | null }>();
  for (const o of offices) {
    const d = by.get(o.district) ?? { sums: zero(), cases: o.cases && noCases() };
    add(d.sums, o.now);
    if (d.cases && o.cases) addCases(d.cases, o.cases);
    by.set(o.district, d);
  }
  return [...by].map(([district, d]) => ({
    key: district,
    label: district,
    names: null,
    district,
    figures: { ...figuresOf(d.sums), cases: d.cases },
    previous: null,
    change: null,
    rank: { withinNorm: null, visits: 0 },
  }));
}

async function sectorRows(db: Queryable, q: ReportQuery): Promise<RegionReportRow[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT r.sector_id, ${sumsSql()},
       (SELECT n.names FROM region_sector_names n WHERE n.sector_id = r.sector_id
        ORDER BY n.day DESC LIMIT 1) AS names
     FROM ${rowsSql(SUM_KEYS, "<> ''", 1)} r
     WHERE $7::text IS NULL OR r.office_id IN (SELECT id FROM offices WHERE district = $7)
     GROUP BY r.sector_id ORDER BY r.sector_id`,
    [...periodParams(periodParts(q.from, q.to)), q.district],
  );
  const cases = await caseFigures(db, 'sector', q);
  // A sector with cases of the period but no visitor in it (cases handed in on paper) still has a row.
  const seen = new Set(rows.map((r) => String(r.sector_id)));
  for (const key of cases?.keys() ?? []) {
    if (!seen.has(key)) rows.push({ sector_id: key, names: await sectorNames(db, key) });
  }
  return rows.map((r) => ({
    key: String(r.sector_id),
    label: String(r.sector_id),
    names: (r.names as Names | null) ?? null,
    district: null,
    figures: {
      ...figuresOf(pick(r, '')),
      cases: cases ? (cases.get(String(r.sector_id)) ?? noCases()) : null,
    },
    previous: null,
    change: null,
    rank: { withinNorm: null, visits: 0 },
  }));
}

async function sectorNames(db: Queryable, sectorId: string): Promise<Names | null> {
  const [row] = await db.query<{ names: Names }>(
    'SELECT names FROM region_sector_names WHERE sector_id = $1 ORDER BY day DESC LIMIT 1',
    [sectorId],
  );
  return row?.names ?? null;
}

/** Best within the norm first (rows with no measured wait last), then by visits. */
function ranked(rows: RegionReportRow[]): RegionReportRow[] {
  const byVisits = [...rows].sort((a, b) => b.figures.visits - a.figures.visits);
  byVisits.forEach((r, i) => (r.rank.visits = i + 1));
  const sorted = [...rows].sort(
    (a, b) =>
      (b.figures.withinNormPct ?? -1) - (a.figures.withinNormPct ?? -1) ||
      b.figures.visits - a.figures.visits ||
      a.label.localeCompare(b.label),
  );
  let rank = 0;
  for (const r of sorted) if (r.figures.withinNormPct !== null) r.rank.withinNorm = ++rank;
  return sorted;
}

function alertsOf(o: OfficeRow, dropPct: number): ReportAlert[] {
  const out: ReportAlert[] = [];
  const check = (measure: ReportAlert['measure'], now: number, before: number) => {
    const pctChange = change(now, before);
    if (before >= ALERT_MIN_BEFORE && pctChange !== null && pctChange <= -dropPct) {
      out.push({
        officeId: o.id,
        name: o.name,
        district: o.district,
        measure,
        now,
        before,
        changePct: pctChange,
      });
    }
  };
  check('visits', o.now.visits, o.before.visits);
  check('answers', answers(o.now), answers(o.before));
  return out;
}
