// A regional year report across 500 offices on a real PostgreSQL server answers in under a second,
// read from the rollups (1.46 million day rows: 500 offices x 365 days x the office and 7 sectors, their
// month rows, and as many case rows, with 10,000 cases still open).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Engines } from '../test-support/hub-harness.js';
import { seedRegion, seedRegionCases } from '../test-support/region-seed.js';
import type { Db } from './db.js';
import { migrate } from './migrations.js';
import { regionReport, type ReportQuery } from './region-report.js';

const engines = new Engines();
let db: Db;

beforeAll(async () => {
  db = await engines.open('postgres');
  await migrate(db);
  const started = performance.now();
  const seed = { offices: 500, days: 365, from: '2025-01-01' };
  const { rows } = await seedRegion(db, seed);
  await seedRegionCases(db, seed);
  console.log(`seeded ${rows} rollup rows in ${Math.round(performance.now() - started)} ms`);
}, 300_000);
afterAll(async () => {
  await db?.close();
  engines.destroy();
});

const year = (by: ReportQuery['by'], district: string | null = null): ReportQuery => ({
  from: '2025-01-01',
  to: '2025-12-31',
  by,
  dropPct: 30,
  district,
  now: 0,
});

async function best(q: ReportQuery): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await regionReport(db, q);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return Math.round(fastest);
}

it('answers a year across 500 offices by office, district and sector in under a second', async () => {
  const report = await regionReport(db, year('office'));
  expect(report.rows).toHaveLength(500);
  expect(report.total.visits).toBeGreaterThan(500 * 365 * 400);
  expect(report.total.cases?.registered).toBeGreaterThan(500 * 365 * 70);
  expect(report.total.cases?.overdueOpen).toBe(500 * 20);
  const ms = {
    office: await best(year('office')),
    district: await best(year('district')),
    sector: await best(year('sector')),
    oneDistrict: await best(year('office', 'd01')),
    sectorOneDistrict: await best(year('sector', 'd01')),
    day: await best({ ...year('office'), from: '2025-06-02', to: '2025-06-02' }),
  };
  console.log(`region year report on PostgreSQL, best of 3 (ms): ${JSON.stringify(ms)}`);
  expect(ms.office).toBeLessThan(1000);
  expect(ms.district).toBeLessThan(1000);
  expect(ms.sector).toBeLessThan(1000);
}, 120_000);
