// The case columns of a period report: cases registered in the period, counted per office or sector
// as the office's own case report does (shared/src/cases/report.ts): answered before the deadline,
// answered after it, and neither answered nor redirected by a deadline already past. The hub's cases
// table comes with its own migration; where it is absent the columns stay empty rather than failing.
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

/** Per office id or sector id; null when the hub has no cases table. */
export async function caseFigures(
  db: Queryable,
  by: 'office' | 'sector',
  q: CaseQuery,
): Promise<Map<string, CaseFigures> | null> {
  const [table] = await db.query<{ t: string | null }>(`SELECT to_regclass('cases')::text AS t`);
  if (!table?.t) return null;
  const key = by === 'office' ? 'c.office_id' : 'c.sector_id';
  const rows = await db.query<{
    key: string;
    registered: number;
    on_time: number;
    late: number;
    overdue_open: number;
  }>(
    `SELECT ${key} AS key, count(*)::integer AS registered,
       (count(*) FILTER (WHERE c.answered_at IS NOT NULL AND c.answered_on_time))::integer AS on_time,
       (count(*) FILTER (WHERE c.answered_at IS NOT NULL AND NOT c.answered_on_time))::integer AS late,
       (count(*) FILTER (WHERE c.answered_at IS NULL AND c.status <> 'redirected' AND c.due_at <= $4))::integer
         AS overdue_open
     FROM cases c JOIN offices o ON o.id = c.office_id
     WHERE c.registered_on BETWEEN $1 AND $2 AND ($3::text IS NULL OR o.district = $3)
     GROUP BY ${key}`,
    [q.from, q.to, q.district, q.now],
  );
  return new Map(
    rows.map((r) => [
      r.key,
      {
        registered: r.registered,
        answeredOnTime: r.on_time,
        answeredLate: r.late,
        overdueOpen: r.overdue_open,
      },
    ]),
  );
}
