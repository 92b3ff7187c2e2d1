// The regional year report across every office. A year of day summaries is seeded in SQL from each
// office's real summary of the day it forwarded (the hub projected it with the office's own code), one
// row per office and day for the 365 days before, so 500 offices need no 182,500 days of entries.
// The copy keeps the summary's own `day` field (rewriting it made PostgreSQL decompress and compress
// every row again: ~0.8 ms a row against ~0.3); everything reads the row's day column.
import type { Queryable } from '../hub/db.js';
import { monthRollupSql, rollupSql } from '../hub/region-rollups.js';
import { summarizeDay } from '../reports/day-summary.js';
import { WorkTracker } from '../reports/work-time.js';
import type { DayPlan } from './hub-days.js';

/**
 * What is timed. 'summaries': the year of day_summaries read across every office and added up per
 * office in SQL, the best the hub's schema allows without rollups. 'endpoint': the hub's own
 * `GET /api/region/report?from&to&by=office`, once the hub has it.
 */
export const YEAR_REPORT = 'endpoint' as 'summaries' | 'endpoint';

export interface YearSpan {
  from: string;
  to: string;
}

/** The 365 days before `day`. */
export function yearBefore(day: string): YearSpan {
  const at = (n: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  return { from: at(365), to: at(1) };
}

/**
 * Each office's summary of `plan`'s day as the hub's projector writes it at the close (the office's
 * own summarizeDay and desk time), for a year report without the day's entries (`--year-only`).
 */
export async function insertSummaries(db: Queryable, offices: readonly { id: string; plan: DayPlan }[]) {
  const made = new Map<DayPlan, string>();
  for (const { id, plan } of offices) {
    let summary = made.get(plan);
    if (summary === undefined) {
      const work = new WorkTracker();
      for (const e of plan.entries) work.apply(e.events);
      const closedAt = plan.state.closedAt ?? 0;
      const tickets = Object.values(plan.state.tickets);
      summary = JSON.stringify(
        summarizeDay(plan.day, tickets, plan.state.config, { until: closedAt, work: work.record(closedAt) }),
      );
      made.set(plan, summary);
    }
    const closedAt = plan.state.closedAt ?? 0;
    await db.query(
      `INSERT INTO office_days (office_id, day, received_at, closed_at) VALUES ($1, $2, $3, $3)`,
      [id, plan.day, closedAt],
    );
    await db.query(
      `INSERT INTO day_summaries (office_id, day, closed_at, summary) VALUES ($1, $2, $3, $4::jsonb)`,
      [id, plan.day, closedAt, summary],
    );
  }
}

/** Copies each office's summary of `day` onto every day of `span`; returns the rows made. */
export async function seedYear(db: Queryable, day: string, span: YearSpan): Promise<number> {
  const days = `generate_series($2::date, $3::date, interval '1 day') AS g(d)`;
  await db.query(
    `INSERT INTO office_days (office_id, day, stored_seq, projected_seq, received_at, closed_at)
     SELECT s.office_id, to_char(g.d, 'YYYY-MM-DD'), 0, 0, s.closed_at, s.closed_at
     FROM day_summaries s, ${days} WHERE s.day = $1
     ON CONFLICT DO NOTHING`,
    [day, span.from, span.to],
  );
  const [row] = await db.query<{ n: number }>(
    `WITH made AS (
       INSERT INTO day_summaries (office_id, day, closed_at, summary)
       SELECT s.office_id, to_char(g.d, 'YYYY-MM-DD'), s.closed_at,
s.summary
       FROM day_summaries s, ${days} WHERE s.day = $1
       ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::integer AS n FROM made`,
    [day, span.from, span.to],
  );
  // The hub rolls up a day when its summary is stored (ingest.ts); copied rows get theirs here, with
  // the hub's own statement.
  await db.query(rollupSql('s.day BETWEEN $1 AND $2'), [span.from, span.to]);
  // Whole months again from their days, the forwarded days of the last month included.
  await db.query(monthRollupSql('left(r.day, 7) BETWEEN left($1, 7) AND left($2, 7)'), [span.from, span.to]);
  await db.query('ANALYZE day_summaries');
  await db.query('ANALYZE region_rollups');
  await db.query('ANALYZE region_month_rollups');
  return row?.n ?? 0;
}

export interface YearRow {
  office_id: string;
  days: number;
  arrived: number;
}

/** One year report; returns its rows (one per office) for a sanity check. */
export async function yearReport(
  db: Queryable,
  hubUrl: string,
  viewerKey: string,
  span: YearSpan,
): Promise<number> {
  if (YEAR_REPORT === 'endpoint') {
    const res = await fetch(`${hubUrl}/api/region/report?from=${span.from}&to=${span.to}&by=office`, {
      headers: { authorization: `Bearer ${viewerKey}` },
    });
    if (res.status !== 200) throw new Error(`region report answered ${res.status}`);
    const body = (await res.json()) as { rows?: unknown[]; offices?: unknown[] };
    return (body.rows ?? body.offices ?? []).length;
  }
  const rows = await db.query<YearRow>(
    `SELECT office_id, count(*)::integer AS days,
       sum((summary->'office'->>'arrived')::integer)::integer AS arrived,
       sum((summary->'office'->>'served')::integer)::integer AS served,
       sum((summary->'office'->>'noShow')::integer)::integer AS no_shows,
       sum((summary->'office'->>'overTarget')::integer)::integer AS over_target,
       sum((summary->'office'->'outcomes'->>'solved')::integer)::integer AS solved,
       sum((summary->'office'->'outcomes'->>'consulted')::integer)::integer AS consulted,
       sum((summary->'office'->'outcomes'->>'in_progress')::integer)::integer AS in_progress,
       sum((summary->'office'->'outcomes'->>'redirected')::integer)::integer AS redirected
     FROM day_summaries WHERE day BETWEEN $1 AND $2 GROUP BY office_id`,
    [span.from, span.to],
  );
  if (rows.some((r) => r.days !== 365 || !(r.arrived > 0))) throw new Error('the year report missed days');
  return rows.length;
}
