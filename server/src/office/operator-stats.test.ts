// A specialist's figures for today, folded from the office's events: counted per operator, idle and
// pause time measured on a fake clock, and the same after a restart that replays the journal.
import { describe, expect, it } from 'vitest';
import type { Command } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { memoryDayStore, type DayStore } from './day-store.js';
import { Office } from './office.js';
import { OperatorStats } from './operator-stats.js';

// 2026-03-02 10:00 in Almaty (UTC+5).
const MORNING = Date.UTC(2026, 2, 2, 5, 0);
const MIN = 60_000;

async function officeWithStats(store: DayStore, clock: { now: number }) {
  const stats = new OperatorStats(() => clock.now);
  let id = 0;
  const office = await Office.start({
    store,
    clock: () => clock.now,
    newId: () => `id${++id}-${clock.now}`,
    log: silentLogger,
    config: () => DEMO_OFFICE,
    operatorNames: () => ({}),
    observers: [stats.observe],
  });
  return { office, stats, day: () => stats.forOperator('u-op1', office.queue.day) };
}

const issue = (sectorId: string): Command => ({
  type: 'issue',
  sectorId,
  serviceId: null,
  priority: null,
  lang: 'kk',
  source: 'k1',
});

/** Runs a command at `clock.now + minutes`, failing the test on a refusal. */
async function at(office: Office, clock: { now: number }, minutes: number, command: Command): Promise<void> {
  clock.now = MORNING + minutes * MIN;
  const r = await office.run(command, { actorId: 'x', requestId: null }, () => null);
  if (!r.ok) throw new Error(`${command.type} refused: ${r.error}`);
}

/** op1 at desk 1: 10 min idle, two visits, a no-show, a transfer, a 15 min lunch. */
async function workADay(office: Office, clock: { now: number }): Promise<void> {
  const d = { deskId: 'desk-1' };
  const op = { ...d, operatorId: 'u-op1' };
  for (let i = 0; i < 4; i++) await at(office, clock, 0, issue('legal'));
  await at(office, clock, 0, { type: 'open-desk', ...op });
  await at(office, clock, 10, { type: 'call-next', ...op });
  await at(office, clock, 11, { type: 'start', ...d });
  // 4 min of service, then finish and call the next in one step.
  await at(office, clock, 15, { type: 'finish', ...op, outcome: 'solved', note: null, callNext: true });
  await at(office, clock, 16, { type: 'start', ...d });
  await at(office, clock, 22, { type: 'finish', ...op, outcome: 'consulted', note: 'ok', callNext: false });
  await at(office, clock, 25, { type: 'call-next', ...op });
  await at(office, clock, 27, { type: 'no-show', ...d });
  await at(office, clock, 27, { type: 'call-next', ...op });
  await at(office, clock, 28, {
    type: 'transfer',
    ...d,
    toSectorId: 'applications',
    toDeskId: null,
    note: null,
  });
  await at(office, clock, 30, { type: 'pause', ...d, reason: 'lunch' });
  await at(office, clock, 45, { type: 'resume', ...d });
}

describe('operator figures', () => {
  it('counts visits, outcomes, service time, pauses and idle time of the specialist', async () => {
    const clock = { now: MORNING };
    const { office, day } = await officeWithStats(memoryDayStore(), clock);
    await workADay(office, clock);
    clock.now = MORNING + 50 * MIN;
    expect(day()).toEqual({
      served: 2,
      noShows: 1,
      transferred: 1,
      outcomes: { solved: 1, consulted: 1, in_progress: 0, redirected: 0 },
      avgServiceSec: 5 * 60, // (4 + 6) / 2 minutes
      pausedSec: 15 * 60,
      // open and empty: 0–10, 22–25, 27–27, 28–30, and 45–50 still going
      idleSec: (10 + 3 + 2 + 5) * 60,
    });
  });

  it('are the same after a restart that replays the journal', async () => {
    const store = memoryDayStore();
    const clock = { now: MORNING };
    const first = await officeWithStats(store, clock);
    await workADay(first.office, clock);
    clock.now = MORNING + 50 * MIN;
    const before = first.day();
    await first.office.close();

    const second = await officeWithStats(store, clock);
    expect(second.day()).toEqual(before);
    expect(before.served).toBe(2);
  });

  it('keep each specialist to their own desk work', async () => {
    const clock = { now: MORNING };
    const { office, stats } = await officeWithStats(memoryDayStore(), clock);
    await workADay(office, clock);
    const other = stats.forOperator('u-op2', office.queue.day);
    expect(other).toMatchObject({ served: 0, noShows: 0, transferred: 0, pausedSec: 0, idleSec: 0 });
  });

  it('start again from nothing on the next business day', async () => {
    const clock = { now: MORNING };
    const { office, day } = await officeWithStats(memoryDayStore(), clock);
    await workADay(office, clock);
    // 2026-03-03 09:00 in Almaty: the desk closed with the old day.
    await at(office, clock, 23 * 60, issue('legal'));
    expect(office.queue.day).toBe('2026-03-03');
    expect(day()).toMatchObject({ served: 0, noShows: 0, pausedSec: 0, idleSec: 0, avgServiceSec: null });
  });
});
