// The case columns of a period report: cases registered in the period, counted per office or sector
// as the office's own case report does (shared/src/cases/report.ts): answered before the deadline,
// answered after it, and neither answered nor redirected by a deadline already past. Read from the
// case rollups (migration 6, which needs the hub's cases table); without them the columns stay empty.
import type { Queryable } from './db.js';
import type { CaseFigures } from './region-report-types.js';

export interface CaseQuery {
  from: string;
  to: string;
  district: string | null;
  now: number;
}

export const noCases = (): CaseFigures => ({
  registered: 0,
  answeredOnTime: 0,
  answeredLate: 0,
  overdueOpen: 0,
});

export function addCases(into: CaseFigures, c: CaseFigures): CaseFigures {
  into.registered += c.registered;
  into.answeredOnTime += c.answeredOnTime;
  into.answeredLate += c.answeredLate;
  into.overdueOpen += c.overdueOpen;
  return into;
}

/** Per office id or sector id; null when the hub holds no cases (no case rollups, migration 6). */
export async function caseFigures(
  db: Queryable,
  by: 'office' | 'sector',
  q: CaseQuery,
): Promise<Map<string, CaseFigures> | null> {
  const [table] = await db.query<{ t: string | null }>(
    `SELECT to_regclass('region_case_rollups')::text AS t`,
  );
  if (!table?.t) return null;
  const key = by === 'office' ? 'office_id' : 'sector_id';
  const params = [q.from, q.to, q.district];
  const counted = await db.query<{ key: string; registered: number; on_time: number; late: number }>(
    `SELECT r.${key} AS key, sum(r.registered)::integer AS registered,
       sum(r.answered_on_time)::integer AS on_time, sum(r.answered_late)::integer AS late
     FROM region_case_rollups r JOIN offices o ON o.id = r.office_id
     WHERE r.sector_id ${by === 'office' ? "= ''" : "<> ''"} AND r.registered_on BETWEEN $1 AND $2
       AND ($3::text IS NULL OR o.district = $3)
     GROUP BY r.${key}`,
    params,
  );
  // Open past the deadline at this hour: only open cases are read (a partial index holds them).
  const overdue = await db.query<{ key: string; n: number }>(
    `SELECT c.${key} AS key, count(*)::integer AS n
     FROM cases c JOIN offices o ON o.id = c.office_id
     WHERE c.status = 'open' AND c.due_at <= $4 AND c.registered_on BETWEEN $1 AND $2
       AND ($3::text IS NULL OR o.district = $3)
     GROUP BY c.${key}`,
    [...params, q.now],
  );
  const out = new Map<string, CaseFigures>();
  for (const r of counted) {
    out.set(r.key, {
      registered: r.registered,
      answeredOnTime: r.on_time,
      answeredLate: r.late,
      overdueOpen: 0,
    });
  }
  for (const r of overdue) {
    const c = out.get(r.key) ?? noCases();
    c.overdueOpen = r.n;
    out.set(r.key, c);
  }
  return out;
}
