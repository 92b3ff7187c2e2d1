// A year of history (250 days x 3,000 tickets) reported from the per-day summaries: the figures add up.
// Its time is printed, not asserted (speed belongs to `npm run bench`: reports/bench-year.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { readDaySummaries } from '../storage/day-archive.js';
import { summarizeDay } from './day-summary.js';
import { buildReport, type ReportNames } from './report.js';
import { syntheticTickets, writeHistory } from './year-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'kezek-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names: ReportNames = {
  sectors: new Map(DEMO_OFFICE.sectors.map((s) => [s.id, { label: s.id, targetWaitMin: s.targetWaitMin }])),
  services: new Map(),
  desks: new Map(),
  operators: new Map(),
};
const none = { sectorId: null, fromMin: null, toMin: null };

describe('a year report', () => {
  it('adds up 250 days of 3,000 tickets from the day summaries', async () => {
    const written = await writeHistory(dir, DEMO_OFFICE, 250, 3000);
    const started = performance.now();
    const summaries = (await readDaySummaries(dir, '2025-01-01', '2025-12-31')).map((r) => r.summary);
    const report = buildReport({
      from: '2025-01-01',
      to: '2025-12-31',
      summaries,
      names,
      filter: none,
      now: 0,
    });
    const ms = performance.now() - started;
    process.stdout.write(
      `year report: ${summaries.length} days, ${report.total.arrived} tickets in ${ms.toFixed(0)} ms`,
    );

    expect(report.days).toBe(250);
    expect(report.total.arrived).toBe(250 * 3000);
    const sum = (f: (s: (typeof written)[number]) => number) => written.reduce((a, s) => a + f(s), 0);
    expect(report.total.served).toBe(sum((s) => s.office.served));
    expect(report.total.noShow).toBe(sum((s) => s.office.noShow));
    expect(report.total.wait.count).toBe(sum((s) => s.office.wait.count));
    expect(report.total.wait.maxSec).toBe(Math.max(...written.map((s) => s.office.wait.max ?? 0)));
    expect(report.total.overTarget).toBe(sum((s) => s.office.overTarget));
    expect(report.sectors.reduce((a, s) => a + s.arrived, 0)).toBe(250 * 3000);
    expect(report.periods.reduce((a, p) => a + p.arrived, 0)).toBe(250 * 3000);
  }, 120_000);

  it('still reads a version-1 summary (no cells): its sectors count, desks and periods fall in one row', () => {
    const v2 = summarizeDay(
      '2025-01-02',
      syntheticTickets(DEMO_OFFICE, Date.UTC(2025, 0, 2) - 5 * 3600_000, 300, 9),
      DEMO_OFFICE,
    );
    const { cells: _c, queuePeak: _q, work: _w, ...rest } = v2;
    const v1 = { ...rest, summaryVersion: 1 as const };
    const a = buildReport({ from: 'x', to: 'x', summaries: [v2], names, filter: none, now: 0 });
    const b = buildReport({ from: 'x', to: 'x', summaries: [v1], names, filter: none, now: 0 });
    expect(b.total).toEqual(a.total);
    expect(b.sectors).toEqual(a.sectors);
    // No periods or desks were kept: every leg is in the one row without a key, so the tables add up.
    expect(b.periods.map((p) => [p.key, p.arrived])).toEqual([['~none', a.total.arrived]]);
    expect(b.desks.map((d) => [d.key, d.served])).toEqual([['~none', a.total.served]]);
  });
});
