// Steps 1-4 of the hub phase (hub-phase.ts): the ceiling, a day at once, the live part, the cut.
import type { Db } from '../hub/db.js';
import { memoryOf, type Child } from './child.js';
import { insertCeiling } from './hub-ceiling.js';
import { ownCpuMs, processTreeCpuMs } from './hub-cpu.js';
import { LinkGate } from './hub-link-gate.js';
import type { SimOffice } from './hub-offices.js';
import type { HubPlan } from './hub-plan.js';
import type { BenchPostgres } from './hub-postgres.js';
import type { ForwardResult } from './hub-result.js';
import { countDays, forEach, liveDay, sampleRss, storedAll, sum } from './hub-steps.js';
import { DelayTracker, POLL_MS, watchRegion } from './hub-watch.js';
import { percentile, sleep } from './stats.js';

/** The part of day 2 committed before the live part: until about a quarter past ten. */
const MORNING = 0.15;

export interface ForwardContext {
  plan: HubPlan;
  url: string;
  db: Db;
  hub: Child;
  pg: BenchPostgres;
  offices: readonly SimOffice[];
  viewerKey: string;
  day1: string;
  day2: string;
  log: (msg: string) => void;
}

export async function forwardSteps(x: ForwardContext): Promise<ForwardResult> {
  const { plan, url, db, hub, pg, offices, viewerKey, day1, day2, log } = x;
  const total1 = sum(offices.map((o) => o.plan(day1).entries.length));
  const total2 = sum(offices.map((o) => o.plan(day2).entries.length));
  const pgCpu0 = processTreeCpuMs(pg.postmasterPid());
  const ceiling = await insertCeiling(
    url,
    offices.map((o) => ({ id: o.id, plan: o.plan(day1) })),
    plan.ceilingMs,
  );
  const ceilingPgMsPerRow = (processTreeCpuMs(pg.postmasterPid()) - pgCpu0) / ceiling.rows;
  log(`hub: ceiling ${Math.round(ceiling.rowsPerSec)} rows/s (${ceiling.rows} rows)`);

  const rss = sampleRss(hub.pid);
  const gate = new LinkGate('held');
  await forEach(offices, 16, (o) => o.start(hub.url, gate));
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
  const atOnceStallSec = await storedAll(db, day1, total1, log);
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
  const watch = await watchRegion(hub.url, viewerKey, (figures, at) => tracker.seen(figures, at));
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
  const catchUpStallSec = await storedAll(db, day2, total2, log);
  const catchUpSec = (performance.now() - t1) / 1000;
  const integrity = await countDays(db, offices, [day1, day2]);
  log(
    `hub: caught up ${total2 - live - morning} entries in ${catchUpSec.toFixed(1)} s; ${JSON.stringify(integrity)}`,
  );
  const rssPeak = Math.max(rss.stop(), memoryOf(hub.pid).peakMB);

  return {
    entriesAtOnce: total1,
    atOnceSec,
    entriesPerSec: total1 / atOnceSec,
    ceilingPerSec: ceiling.rowsPerSec,
    cpuMsPerEntry: {
      hub: cpu.hub / total1,
      postgres: cpu.pg / total1,
      offices: cpu.own / total1,
      postgresPlainInsert: ceilingPgMsPerRow,
    },
    link: { ...gate.counts },
    delayMs: { p50: percentile(tracker.delaysMs, 50), p99: percentile(tracker.delaysMs, 99) },
    delaySamples: tracker.delaysMs.length,
    unseen: tracker.unseen(),
    liveEntries: live,
    liveSec: plan.liveMs / 1000,
    feed:
      watch.feed === 'socket'
        ? 'Socket.IO region:changed, then the live figures'
        : `polled every ${POLL_MS} ms`,
    catchUp: { entries: total2 - live - morning, sec: catchUpSec, longestStallSec: catchUpStallSec },
    atOnceLongestStallSec: atOnceStallSec,
    integrity,
    rssMB: { afterDay: rssAfterDay, peak: rssPeak },
  };
}
