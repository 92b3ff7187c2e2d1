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
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from '../hub/db-pg.js';
import type { Db } from '../hub/db.js';
import { addOffice } from '../hub/office-keys.js';
import { addViewer } from '../hub/viewers.js';
import { memoryOf, type Child } from './child.js';
import { insertCeiling } from './hub-ceiling.js';
import { ownCpuMs, processTreeCpuMs } from './hub-cpu.js';
import { VARIANTS } from './hub-days.js';
import { LinkGate } from './hub-link-gate.js';
import { officeDir, SimOffice } from './hub-offices.js';
import { startBenchPostgres } from './hub-postgres.js';
import type { HubPlan } from './hub-plan.js';
import type { HubResult } from './hub-result.js';
import { countDays, forEach, liveDay, makeKinds, sampleRss, startHub, storedAll, sum } from './hub-steps.js';
import { DelayTracker, POLL_MS, REGION_FEED, watchRegion } from './hub-watch.js';
import { seedYear, yearBefore, yearReport, YEAR_REPORT } from './hub-year.js';
import { percentile, sleep } from './stats.js';

type Log = (msg: string) => void;
/** The part of day 2 committed before the live part: until about a quarter past ten. */
const MORNING = 0.15;
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
    const total1 = sum(offices.map((o) => o.plan(day1).entries.length));
    const total2 = sum(offices.map((o) => o.plan(day2).entries.length));

    const ceiling = await insertCeiling(
      url,
      offices.map((o) => ({ id: o.id, plan: o.plan(day1) })),
      plan.ceilingMs,
    );
    log(`hub: ceiling ${Math.round(ceiling.rowsPerSec)} rows/s (${ceiling.rows} rows)`);

    const rss = sampleRss(hub.pid);
    const gate = new LinkGate('held');
    await forEach(offices, 16, (o) => o.start(hub?.url ?? '', gate));
    const w = performance.now();
    await forEach(offices, 8, (o) => o.commitUpTo(day1));
    log(
      `hub: ${offices.length} offices committed day 1 (${total1} entries) in ${Math.round(performance.now() - w)} ms`,
    );
    const cpu0 = {
      hub: processTreeCpuMs(hub.pid),
      pg: processTreeCpuMs(pg.postmasterPid()),
      own: ownCpuMs(),
    };
    const t0 = performance.now();
    gate.open();
    await storedAll(db, day1, total1, log);
    const atOnceSec = (performance.now() - t0) / 1000;
    const cpu = {
      hub: processTreeCpuMs(hub.pid) - cpu0.hub,
      pg: processTreeCpuMs(pg.postmasterPid()) - cpu0.pg,
      own: ownCpuMs() - cpu0.own,
    };
    const rssAfterDay = memoryOf(hub.pid).rssMB;
    log(`hub: stored ${total1} entries in ${atOnceSec.toFixed(1)} s; timeouts ${gate.counts.timedOut}`);

    // Day 2's morning, forwarded as it is committed, so the live part below is the middle of a day,
    // with visits ending (the delay's markers) and each office's day state at the hub grown.
    await forEach(offices, 8, (o) => o.commitUpTo(day2, Math.round(o.plan(day2).entries.length * MORNING)));
    const morning = sum(offices.map((o) => o.committed(day2)));
    await storedAll(db, day2, morning, log);
    const tracker = new DelayTracker();
    const watch = watchRegion(hub.url, viewerKey, (figures, at) => tracker.seen(figures, at));
    const live = await liveDay(offices, day2, plan, tracker);
    const deadline = performance.now() + 30_000;
    while (tracker.unseen() > 0 && performance.now() < deadline) await sleep(100);
    await watch.stop();
    log(`hub: live ${live} entries, ${tracker.delaysMs.length} seen, ${tracker.unseen()} unseen`);

    gate.cut();
    const c = performance.now();
    await forEach(offices, 8, (o) => o.commitUpTo(day2));
    // The link stays down at least cutMs: a minute lets the forwarders' waits grow to their longest
    // (30 s), as after a real outage, so the catch-up includes the wait for their next try.
    await sleep(Math.max(0, plan.cutMs - (performance.now() - c)));
    const t1 = performance.now();
    gate.open();
    await storedAll(db, day2, total2, log);
    const catchUpSec = (performance.now() - t1) / 1000;
    const integrity = await countDays(db, offices, [day1, day2]);
    log(
      `hub: caught up ${total2 - live} entries in ${catchUpSec.toFixed(1)} s; ${JSON.stringify(integrity)}`,
    );
    const rssPeak = Math.max(rss.stop(), memoryOf(hub.pid).peakMB);

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
      entriesAtOnce: total1,
      atOnceSec,
      entriesPerSec: total1 / atOnceSec,
      ceilingPerSec: ceiling.rowsPerSec,
      cpuMsPerEntry: { hub: cpu.hub / total1, postgres: cpu.pg / total1, offices: cpu.own / total1 },
      link: { ...gate.counts },
      delayMs: { p50: percentile(tracker.delaysMs, 50), p99: percentile(tracker.delaysMs, 99) },
      delaySamples: tracker.delaysMs.length,
      unseen: tracker.unseen(),
      liveEntries: live,
      liveSec: plan.liveMs / 1000,
      feed: `${REGION_FEED} every ${POLL_MS} ms`,
      catchUp: { entries: total2 - live - morning, sec: catchUpSec },
      integrity,
      rssMB: { afterDay: rssAfterDay, peak: rssPeak },
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
