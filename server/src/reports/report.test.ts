// A hand-computed day run through the real office engine (with a transfer, a no-show, a pause and the
// head's day close), archived, then reported: every figure below was worked out by hand from the timeline.
import { describe, expect, it } from 'vitest';
import type { Command } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { memoryDayStore } from '../office/day-store.js';
import { Office } from '../office/office.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { buildReport, type ReportNames } from './report.js';

// 2026-03-02 in Almaty is UTC+5.
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return Date.UTC(2026, 2, 2, h - 5, m);
};
const names: ReportNames = {
  sectors: new Map(DEMO_OFFICE.sectors.map((s) => [s.id, { label: s.id, targetWaitMin: s.targetWaitMin }])),
  services: new Map(),
  desks: new Map(),
  operators: new Map(),
};

async function fixtureDay() {
  const clock = { now: at('09:00') };
  const store = memoryDayStore();
  let n = 0;
  const office = await Office.start({
    store,
    clock: () => clock.now,
    newId: () => `id${++n}`,
    log: silentLogger,
    config: () => DEMO_OFFICE,
    operatorNames: () => ({}),
  });
  const run = async (time: string, command: Command) => {
    clock.now = at(time);
    const r = await office.run(command, { actorId: null, requestId: null }, (_e, s) => s);
    if (!r.ok) throw new Error(`${time} ${command.type}: ${r.error}`);
  };
  const issue = (sectorId: string, serviceId: string): Command => ({
    type: 'issue',
    sectorId,
    serviceId,
    priority: null,
    lang: 'kk',
    source: 'kiosk-1',
  });
  await run('09:00', { type: 'open-desk', deskId: 'desk-3', operatorId: 'op-a' });
  await run('09:00', { type: 'open-desk', deskId: 'desk-4', operatorId: 'op-b' });
  await run('11:00', issue('civil-registry', 'birth')); // C001
  await run('11:05', issue('civil-registry', 'marriage')); // C002
  await run('11:10', issue('civil-registry', 'birth')); // C003
  await run('11:12', { type: 'call-next', deskId: 'desk-3', operatorId: 'op-a' }); // C001 waited 12 min
  await run('11:13', { type: 'start', deskId: 'desk-3' });
  await run('11:20', { type: 'call-next', deskId: 'desk-4', operatorId: 'op-b' }); // C002 waited 15 min
  await run('11:23', {
    type: 'finish',
    deskId: 'desk-3',
    outcome: 'solved',
    note: null,
    callNext: false,
    operatorId: 'op-a',
  });
  await run('11:21', { type: 'start', deskId: 'desk-4' });
  await run('11:24', {
    type: 'transfer',
    deskId: 'desk-4',
    toSectorId: 'applications',
    toDeskId: null,
    note: null,
  });
  await run('11:26', { type: 'call-next', deskId: 'desk-3', operatorId: 'op-a' }); // C003 waited 16 min
  await run('11:28', { type: 'no-show', deskId: 'desk-3' });
  await run('11:30', { type: 'call-next', deskId: 'desk-4', operatorId: 'op-b' }); // C002 again: 25 min since 11:05
  await run('11:31', { type: 'start', deskId: 'desk-4' });
  await run('11:41', {
    type: 'finish',
    deskId: 'desk-4',
    outcome: 'consulted',
    note: null,
    callNext: false,
    operatorId: 'op-b',
  });
  await run('12:10', issue('civil-registry', 'death')); // C004, never called
  await run('12:30', { type: 'pause', deskId: 'desk-3', reason: 'lunch' });
  await run('13:00', { type: 'resume', deskId: 'desk-3' });
  clock.now = at('17:00');
  const closed = await office.closeDay({ actorId: 'head', requestId: 'close-1' });
  if (!closed.ok) throw new Error(closed.error);
  await office.close();
  return store.readSummaries('2026-03-02', '2026-03-02');
}

describe('a report of a hand-computed day', () => {
  it('counts the whole office: arrivals, the transfer, the no-show and the visitor left at close', async () => {
    const summaries = await fixtureDay();
    const r = buildReport({ from: '2026-03-02', to: '2026-03-02', summaries, names, filter: none, now: 0 });
    expect(r.days).toBe(1);
    expect(r.total).toMatchObject({
      arrived: 4,
      transferredIn: 1,
      served: 2,
      // Visits that ended here (4 + 1 - 1 transferred on): 2 of 4 served.
      servedPct: 50,
      noShow: 1,
      transferredOut: 1,
      unserved: 1,
      cancelled: 0,
      active: 0,
    });
    // Waits 12, 15, 16 and 25 minutes.
    expect(r.total.wait).toEqual({ count: 4, avgSec: 1020, medianSec: 900, p90Sec: 1500, maxSec: 1500 });
    // Services 10 and 10 minutes (the transferred leg's 3 minutes are no finished service).
    expect(r.total.service).toEqual({ count: 2, avgSec: 600, medianSec: 600, p90Sec: 600, maxSec: 600 });
    expect(r.total.overTarget).toBe(2); // 16 and 25 minutes against 15
    expect(r.total.outcomes).toEqual({ solved: 1, consulted: 1, in_progress: 0, redirected: 0 });
    expect(r.sectors.map((s) => [s.key, s.arrived, s.transferredIn, s.served])).toEqual([
      ['civil-registry', 4, 0, 1],
      ['applications', 0, 1, 1],
    ]);
    // A transfer starts the new leg without a service: only the first legs carry one, and the second
    // leg is in the row of its sector's legs without a service, so the table still adds up.
    expect(r.services.map((s) => [s.key, s.arrived, s.transferredIn])).toEqual([
      ['applications/~none', 0, 1],
      ['civil-registry/birth', 2, 0],
      ['civil-registry/death', 1, 0],
      ['civil-registry/marriage', 1, 0],
    ]);
  });

  it('answers "how long did people wait in civil registration between 11 and 12, and who served them"', async () => {
    const summaries = await fixtureDay();
    const filter = { sectorId: 'civil-registry', fromMin: 11 * 60, toMin: 12 * 60 };
    const r = buildReport({ from: '2026-03-02', to: '2026-03-02', summaries, names, filter, now: 0 });
    expect(r.total).toMatchObject({
      arrived: 3,
      served: 1,
      noShow: 1,
      transferredOut: 1,
      unserved: 0,
      overTarget: 1,
    });
    expect(r.total.wait).toEqual({ count: 3, avgSec: 860, medianSec: 900, p90Sec: 960, maxSec: 960 });
    expect(r.operators.map((o) => [o.key, o.served, o.noShow, o.transferredOut, o.wait.avgSec])).toEqual([
      ['op-a', 1, 1, 0, 840],
      ['op-b', 0, 0, 1, 900],
    ]);
    expect(r.periods.map((p) => [p.label, p.arrived])).toEqual([['11:00–11:30', 3]]);
  });

  it('gives each specialist open, paused, busy and idle time from the desk events', async () => {
    const summaries = await fixtureDay();
    const r = buildReport({ from: '2026-03-02', to: '2026-03-02', summaries, names, filter: none, now: 0 });
    expect(r.work.operators).toEqual([
      // 09:00-17:00 open; lunch 30 min; with C001 11:12-11:23 and C003 11:26-11:28.
      { key: 'op-a', label: 'op-a', openSec: 28_800, pausedSec: 1800, busySec: 780, idleSec: 26_220 },
      // With C002 11:20-11:24 and 11:30-11:41.
      { key: 'op-b', label: 'op-b', openSec: 28_800, pausedSec: 0, busySec: 900, idleSec: 27_900 },
    ]);
  });

  it('shows the queue at its longest between 11:00 and 11:30 and the waits against the target', async () => {
    const summaries = await fixtureDay();
    const r = buildReport({ from: '2026-03-02', to: '2026-03-02', summaries, names, filter: none, now: 0 });
    expect(r.queuePeak[22]).toBe(3);
    // C004 waited from 12:10 until the close at 17:00: the queue was 1 long all afternoon.
    expect(r.queuePeak.slice(24, 34)).toEqual(new Array(10).fill(1));
    expect(r.queuePeak[34]).toBe(0);
    expect(r.waitHistogram[12]).toBe(1);
    expect(r.waitHistogram[25]).toBe(1);
    // Both sectors in the report have the 15-minute target: the 16 and 25 minute waits are over it.
    expect([r.targetWaitMin, r.targetWaitMaxMin]).toEqual([15, 15]);
    expect(r.waitOverHistogram[16]).toBe(1);
    expect(r.waitOverHistogram[25]).toBe(1);
    expect(r.waitOverHistogram.reduce((a, b) => a + b, 0)).toBe(r.total.overTarget);
  });

  it('shows the queue of the sector asked about, not the whole office’s', async () => {
    const summaries = await fixtureDay();
    const report = (sectorId: string) =>
      buildReport({
        from: '2026-03-02',
        to: '2026-03-02',
        summaries,
        names,
        filter: { ...none, sectorId },
        now: 0,
      }).queuePeak;
    // C002's second leg waited in applications from the transfer at 11:24 until its call at 11:30.
    expect(report('applications').slice(21, 26)).toEqual([0, 1, 0, 0, 0]);
    expect(report('civil-registry').slice(21, 26)).toEqual([0, 3, 0, 1, 1]);
  });
});

const none = { sectorId: null, fromMin: null, toMin: null };
