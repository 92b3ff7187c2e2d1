// The region hub under a region's load: a real PostgreSQL server and the built hub as a child process,
// and hundreds of simulated offices, each with its real journal on disk and the real forwarder
// (hub-offices.ts), all in this process. In order:
//  1. ceiling: the first day's rows by plain batched INSERTs (hub-ceiling.ts);
//  2. a day at once: every office has worked day 1 while its link was held; the link opens and all
//     forward at once, timed until the hub has stored (and projected) every entry;
//  3. live: day 2's first part, each office committing at a busy hour's pace, while a viewer watches
//     the region (hub-watch.ts): commit -> region delay;
//  4. cut: the link cut, the rest of day 2 committed, the link restored: catch-up time, and every
//     office's days counted against what it committed;
//  5. the regional year report over a seeded year (hub-year.ts).
// Steps 1-4 are in hub-forward.ts; `yearOnly` skips them and seeds the year from the offices' days.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from '../hub/db-pg.js';
import type { Db } from '../hub/db.js';
import { addOffice } from '../hub/office-keys.js';
import { addViewer } from '../hub/viewers.js';
import type { Child } from './child.js';
import { VARIANTS } from './hub-days.js';
import { forwardSteps } from './hub-forward.js';
import { officeDir, SimOffice } from './hub-offices.js';
import { startBenchPostgres } from './hub-postgres.js';
import type { HubPlan } from './hub-plan.js';
import type { HubResult } from './hub-result.js';
import { forEach, makeKinds, startHub } from './hub-steps.js';
import { insertSummaries, seedYear, yearBefore, yearReport, YEAR_REPORT } from './hub-year.js';
import { percentile } from './stats.js';

type Log = (msg: string) => void;
const dayBefore = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export async function hubPhase(plan: HubPlan, log: Log): Promise<HubResult> {
  const root = await mkdtemp(join(tmpdir(), 'kezek-bench-hub-'));
  const pg = await startBenchPostgres();
  let hub: Child | null = null;
  let db: Db | null = null;
  const offices: SimOffice[] = [];
  try {
    const url = await pg.createDatabase('kezek_hub');
    hub = await startHub(url);
    db = await openPostgres(url, 2);
    const [day1, day2] = [dayBefore(2), dayBefore(1)];
    const t = performance.now();
    const kinds = makeKinds(plan, [day1, day2]);
    log(`hub: generated the offices' days in ${Math.round(performance.now() - t)} ms`);
    for (let i = 0; i < plan.district + plan.big; i++) {
      const big = i >= plan.district;
      const id = big ? `big-${i - plan.district + 1}` : `district-${i + 1}`;
      const days = big ? kinds.big[i % VARIANTS.big] : kinds.district[i % VARIANTS.district];
      if (!days) throw new Error('no days for an office');
      const key = await addOffice(db, { id, name: id, district: `d${i % 20}` }, Date.now());
      offices.push(new SimOffice(id, key, days, officeDir(root, id)));
    }
    const viewerKey = await addViewer(db, { id: 'region', name: 'Region', district: null }, Date.now());

    const forward = plan.yearOnly
      ? null
      : await forwardSteps({ plan, url, db, hub, pg, offices, viewerKey, day1, day2, log });
    if (!forward)
      await insertSummaries(
        db,
        offices.map((o) => ({ id: o.id, plan: o.plan(day1) })),
      );

    const span = yearBefore(day1);
    const s = performance.now();
    const seeded = await seedYear(db, day1, span);
    log(`hub: seeded ${seeded} day summaries in ${Math.round(performance.now() - s)} ms`);
    const reportMs: number[] = [];
    // Summing a year of summaries takes seconds a run: once is enough to say so.
    const runs = YEAR_REPORT === 'summaries' ? 1 : plan.reportRuns;
    for (let i = 0; i < runs; i++) {
      const r = performance.now();
      const rows = await yearReport(db, hub.url, viewerKey, span);
      reportMs.push(performance.now() - r);
      if (rows !== offices.length) throw new Error(`the year report has ${rows} offices`);
    }
    return {
      offices: offices.length,
      forward,
      yearReport: { ms: percentile(reportMs, 50), what: YEAR_REPORT, days: seeded },
    };
  } finally {
    await forEach(offices, 32, (o) => o.stop());
    await hub?.stop();
    await db?.close();
    pg.destroy();
    await rm(root, { recursive: true, force: true });
  }
}
