// Times a year report (250 days x 3,000 tickets) read from per-day summaries, as the head's range report
// reads it. Run after a build: node server/dist/reports/bench-year.js
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { readDaySummaries } from '../storage/day-archive.js';
import { buildReport } from './report.js';
import { writeHistory } from './year-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'kezek-bench-year-'));
try {
  await writeHistory(dir, DEMO_OFFICE, 250, 3000);
  const names = { sectors: new Map(), services: new Map(), desks: new Map(), operators: new Map() };
  const filter = { sectorId: null, fromMin: null, toMin: null };
  for (let run = 1; run <= 5; run++) {
    const t0 = performance.now();
    const summaries = (await readDaySummaries(dir, '2025-01-01', '2025-12-31')).map((r) => r.summary);
    const t1 = performance.now();
    const report = buildReport({ from: '2025-01-01', to: '2025-12-31', summaries, names, filter, now: 0 });
    const t2 = performance.now();
    process.stdout.write(
      `run ${run}: ${report.days} days, ${report.total.arrived} tickets: read ${(t1 - t0).toFixed(0)} ms + add up ${(t2 - t1).toFixed(0)} ms = ${(t2 - t0).toFixed(0)} ms\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
