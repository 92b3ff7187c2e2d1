// Period reports read one row per office, day and sector, rolled up from the office's own day summary
// when the day closes: a regional year across 500 offices is then ~1 million small rows instead of the
// summaries' jsonb (or 100 million tickets). The row with sector '' is the whole office, taken from the
// summary's office figures and not added up from its sectors, because a transferred visitor is one
// visit of the office but a leg in two sectors.
import type { Queryable } from './db.js';

/** The office's own row among its sectors' rows. */
export const WHOLE_OFFICE = '';

const COLUMNS = `office_id, day, sector_id, visits, served, no_shows, solved, consulted, in_progress,
  redirected, waits, over_norm, wait_sec_sum, rating_count, rating_sum`;

/**
 * The rollup of the day summaries that `where` picks (over `s`, the day_summaries row). Written once
 * here, used by the migration that fills the table from summaries stored before it, and at every batch.
 */
export function rollupSql(where: string): string {
  const int = (path: string) => `coalesce((g.v${path})::integer, 0)`;
  return `INSERT INTO region_rollups (${COLUMNS})
SELECT s.office_id, s.day, g.sector_id,
  ${int("->>'arrived'")} + CASE WHEN g.sector_id = '' THEN 0 ELSE ${int("->>'transferredIn'")} END,
  ${int("->>'served'")}, ${int("->>'noShow'")},
  ${int("->'outcomes'->>'solved'")}, ${int("->'outcomes'->>'consulted'")},
  ${int("->'outcomes'->>'in_progress'")}, ${int("->'outcomes'->>'redirected'")},
  ${int("->'wait'->>'count'")}, ${int("->>'overTarget'")},
  coalesce((g.v->'wait'->>'sum')::bigint, 0),
  ${int("->'ratings'->>'count'")}, ${int("->'ratings'->>'sum'")}
FROM day_summaries s
CROSS JOIN LATERAL (
  SELECT '' AS sector_id, s.summary->'office' AS v
  UNION ALL SELECT key, value FROM jsonb_each(s.summary->'sectors')
) g
WHERE ${where}
ON CONFLICT (sector_id, day, office_id) DO UPDATE SET visits = EXCLUDED.visits, served = EXCLUDED.served,
  no_shows = EXCLUDED.no_shows, solved = EXCLUDED.solved, consulted = EXCLUDED.consulted,
  in_progress = EXCLUDED.in_progress, redirected = EXCLUDED.redirected, waits = EXCLUDED.waits,
  over_norm = EXCLUDED.over_norm, wait_sec_sum = EXCLUDED.wait_sec_sum,
  rating_count = EXCLUDED.rating_count, rating_sum = EXCLUDED.rating_sum`;
}

const SUMMED = `visits, served, no_shows, solved, consulted, in_progress, redirected, waits, over_norm,
  wait_sec_sum, rating_count, rating_sum`
  .split(',')
  .map((c) => c.trim());

/** The month rows of the day rows that `where` picks (over `r`, region_rollups), added up again. */
export function monthRollupSql(where: string): string {
  return `INSERT INTO region_month_rollups (sector_id, month, office_id, ${SUMMED.join(', ')})
SELECT r.sector_id, left(r.day, 7), r.office_id, ${SUMMED.map((c) => `sum(r.${c})`).join(', ')}
FROM region_rollups r
WHERE ${where}
GROUP BY r.sector_id, left(r.day, 7), r.office_id
ON CONFLICT (sector_id, month, office_id) DO UPDATE SET
  ${SUMMED.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
}

/**
 * Sector names as each office configured them, from a closed day's opening entry (the summary keeps
 * only ids and letters). Kept per office: one row shared by every office would make their batches wait
 * on each other's lock. The newest day's names win, so a renamed sector reads as it is called now.
 */
export function sectorNamesSql(where: string): string {
  return `INSERT INTO region_sector_names (office_id, sector_id, letter, names, day)
SELECT DISTINCT ON (r.office_id, sc->>'id') r.office_id, sc->>'id', sc->>'letter', sc->'names', r.day
FROM raw_entries r
JOIN day_summaries s ON s.office_id = r.office_id AND s.day = r.day
CROSS JOIN LATERAL jsonb_array_elements(r.entry->'events'->0->'config'->'sectors') sc
WHERE r.seq = 1 AND r.entry->'events'->0->>'type' = 'day:opened' AND (${where})
ORDER BY r.office_id, sc->>'id', r.day DESC
ON CONFLICT (office_id, sector_id) DO UPDATE SET letter = EXCLUDED.letter, names = EXCLUDED.names,
  day = EXCLUDED.day WHERE region_sector_names.day <= EXCLUDED.day`;
}

/**
 * Rolls up the days of this batch that are closed (their summary was written in this transaction, or
 * before). Call inside the ingest transaction, after the projection, so a report never sees a closed
 * day without its rollup.
 */
export async function rollupDays(tx: Queryable, officeId: string, days: readonly string[]): Promise<void> {
  const rolled = await tx.query<{ day: string }>(
    `${rollupSql('s.office_id = $1 AND s.day = ANY($2::text[])')} RETURNING day`,
    [officeId, days],
  );
  // Most batches are of a day still open: nothing to roll up.
  if (rolled.length === 0) return;
  const months = [...new Set(rolled.map((r) => r.day.slice(0, 7)))].sort();
  await tx.query(
    monthRollupSql(`r.office_id = $1 AND r.day BETWEEN $2 AND $3 AND left(r.day, 7) = ANY($4::text[])`),
    [officeId, `${months[0]}-01`, `${months[months.length - 1]}-31`, months],
  );
  await tx.query(sectorNamesSql('s.office_id = $1 AND s.day = ANY($2::text[])'), [officeId, days]);
}
