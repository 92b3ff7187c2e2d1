// A region's worth of closed days straight into the rollups, for measuring period reports at scale (a
// year of 500 offices through the ingest path would take the better part of an hour here). The figures
// are made up but consistent: served, outcomes and waits add up as a real day's would, so a report over
// them reads like one over real days. Offices are `o001…` in `districts` districts; each day has the
// office's row and one per sector.
import type { Queryable } from '../hub/db.js';
import { monthRollupSql } from '../hub/region-rollups.js';

export interface RegionSeed {
  offices: number;
  /** Days from `from` on, every one a working day with visitors. */
  days: number;
  from: string;
  districts?: number;
  sectors?: readonly string[];
}

export const SEED_SECTORS = ['legal', 'self', 'registry', 'intake', 'disability', 'business', 'akim'];

export async function seedRegion(db: Queryable, seed: RegionSeed): Promise<{ rows: number }> {
  const districts = seed.districts ?? 17;
  const sectors = seed.sectors ?? SEED_SECTORS;
  await db.query(
    `INSERT INTO offices (id, name, district, key_hash, created_at)
     SELECT 'o' || lpad(i::text, 3, '0'), 'Office ' || i, 'd' || lpad((i % $2)::text, 2, '0'), 'seeded', 0
     FROM generate_series(1, $1) AS i ON CONFLICT (id) DO NOTHING`,
    [seed.offices, districts],
  );
  // One statement per sector keeps each insert's memory small; '' is the office's own row.
  for (const sector of ['', ...sectors]) {
    // A sector carries a share of the office's visitors; the office row carries them all.
    const share = sector === '' ? 1 : 1 / sectors.length;
    await db.query(
      `INSERT INTO region_rollups (sector_id, day, office_id, visits, served, no_shows, solved, consulted,
         in_progress, redirected, waits, over_norm, wait_sec_sum, rating_count, rating_sum)
       SELECT $1, to_char($2::date + d, 'YYYY-MM-DD'), 'o' || lpad(i::text, 3, '0'),
         v, s, v - s, s * 2 / 10, s * 6 / 10, s / 10, s - s * 2 / 10 - s * 6 / 10 - s / 10,
         s, s * ((i * 7 + d) % 25) / 100, s * 420, s / 5, s / 5 * 4
       FROM generate_series(1, $3) AS i, generate_series(0, $4 - 1) AS d,
         LATERAL (SELECT greatest(1, round($5::float8 * (CASE WHEN i % 25 = 0 THEN 5000 ELSE 500 END)
           * (0.8 + ((i * 31 + d * 17) % 40) / 100.0)))::integer AS v) AS vv,
         LATERAL (SELECT (vv.v * 0.95)::integer AS s) AS ss`,
      [sector, seed.from, seed.offices, seed.days, share],
    );
  }
  await db.query(monthRollupSql('true'));
  await db.exec('ANALYZE region_rollups; ANALYZE region_month_rollups; ANALYZE offices');
  return { rows: seed.offices * seed.days * (sectors.length + 1) };
}

/**
 * Cases for the same offices and days, into the case rollups (migration 6) directly, as the trigger
 * would have kept them: ~15 % of the visitors (those "in progress"), most answered on time. And a few
 * cases still open past their deadline per office, in the cases table, which the report counts live.
 */
export async function seedRegionCases(db: Queryable, seed: RegionSeed, openPerOffice = 20): Promise<void> {
  const sectors = seed.sectors ?? SEED_SECTORS;
  for (const sector of ['', ...sectors]) {
    const share = sector === '' ? 1 : 1 / sectors.length;
    await db.query(
      `INSERT INTO region_case_rollups (sector_id, registered_on, office_id, registered, answered_on_time, answered_late)
       SELECT $1, to_char($2::date + d, 'YYYY-MM-DD'), 'o' || lpad(i::text, 3, '0'), n, n * 8 / 10, n / 10
       FROM generate_series(1, $3) AS i, generate_series(0, $4 - 1) AS d,
         LATERAL (SELECT greatest(1, round($5::float8 * 75 * (CASE WHEN i % 25 = 0 THEN 10 ELSE 1 END)))::integer AS n) AS nn`,
      [sector, seed.from, seed.offices, seed.days, share],
    );
  }
  await db.query(
    `INSERT INTO cases (office_id, case_id, number, sector_id, registered_at, registered_on, due_on, due_at, status,
       answered_at, answered_on_time, extended, redirected, data)
     SELECT 'o' || lpad(i::text, 3, '0'), 'open-' || k, 'N-' || k, $4, 0, to_char($2::date + k % $5, 'YYYY-MM-DD'),
       to_char($2::date + k % $5, 'YYYY-MM-DD'), 0, 'open', NULL, NULL, false, false, '{}'::jsonb
     FROM generate_series(1, $1) AS i, generate_series(1, $3) AS k`,
    [seed.offices, seed.from, openPerOffice, sectors[0] ?? 'legal', seed.days],
  );
  await db.exec('ANALYZE region_case_rollups; ANALYZE cases');
}
