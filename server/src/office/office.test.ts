// The office's day lifecycle with a fake clock: numbering resets at Almaty midnight, a day closed by
// the head stays closed across restarts, and a restart replays exactly what was acknowledged.
import { describe, expect, it } from 'vitest';
import type { Command, Ticket } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { memoryDayStore, type DayStore } from './day-store.js';
import { Office } from './office.js';

// 2026-03-02 23:50 in Almaty (UTC+5) is 18:50 UTC.
const BEFORE_MIDNIGHT = Date.UTC(2026, 2, 2, 18, 50);
const AFTER_MIDNIGHT = Date.UTC(2026, 2, 2, 19, 5);

function officeAt(store: DayStore, clock: { now: number }) {
  let id = 0;
  return Office.start({
    store,
    clock: () => clock.now,
    newId: () => `id${++id}-${clock.now}`,
    log: silentLogger,
    config: () => DEMO_OFFICE,
    operatorNames: () => ({}),
  });
}

const issue: Command = {
  type: 'issue',
  sectorId: 'legal',
  serviceId: null,
  priority: null,
  lang: 'kk',
  source: 'k1',
};
const meta = (requestId: string | null = null) => ({ actorId: 'k1', requestId });
const number = (_e: unknown, s: { tickets: Record<string, Ticket> }) =>
  Object.values(s.tickets).at(-1)?.number;

describe('the office day', () => {
  it('restarts numbering after local midnight and ends the waiting tickets of the old day as unserved', async () => {
    const store = memoryDayStore();
    const clock = { now: BEFORE_MIDNIGHT };
    const office = await officeAt(store, clock);
    expect(office.queue.day).toBe('2026-03-02');
    expect(await office.run(issue, meta(), number)).toEqual({ ok: true, data: 'A001' });
    expect(await office.run(issue, meta(), number)).toEqual({ ok: true, data: 'A002' });

    clock.now = AFTER_MIDNIGHT;
    expect(await office.run(issue, meta(), number)).toEqual({ ok: true, data: 'A001' });
    expect(office.queue.day).toBe('2026-03-03');
    const archived = store.archived.get('2026-03-02') ?? [];
    expect(archived.map((t) => [t.number, t.status])).toEqual([
      ['A001', 'unserved'],
      ['A002', 'unserved'],
    ]);
  });

  it('closes and archives a day left open by a previous run when started the next day', async () => {
    const store = memoryDayStore();
    const clock = { now: BEFORE_MIDNIGHT };
    const first = await officeAt(store, clock);
    await first.run(issue, meta(), number);
    await first.close();
    clock.now = AFTER_MIDNIGHT;
    const second = await officeAt(store, clock);
    expect(second.queue.day).toBe('2026-03-03');
    expect(store.archived.get('2026-03-02')?.[0]?.status).toBe('unserved');
    expect(await store.openDays()).toEqual(['2026-03-03']);
  });

  it('keeps a day the head closed early closed, even after a restart on the same date', async () => {
    const store = memoryDayStore();
    const clock = { now: Date.UTC(2026, 2, 2, 12, 0) };
    const office = await officeAt(store, clock);
    await office.run(issue, meta(), number);
    expect(await office.closeDay(meta('close-1'))).toEqual({ ok: true, data: null });
    expect(await office.run(issue, meta(), number)).toEqual({ ok: false, error: 'day_closed' });
    await office.close();

    const again = await officeAt(store, clock);
    expect(await again.run(issue, meta(), number)).toEqual({ ok: false, error: 'day_closed' });
    clock.now = AFTER_MIDNIGHT;
    expect(await again.run(issue, meta(), number)).toEqual({ ok: true, data: 'A001' });
  });

  it('rebuilds the same state after a restart and still answers a retried request the same way', async () => {
    const store = memoryDayStore();
    const clock = { now: Date.UTC(2026, 2, 2, 6, 0) };
    const office = await officeAt(store, clock);
    await office.run(issue, meta('req-aaaaaaaa'), number);
    await office.run({ type: 'open-desk', deskId: 'desk-1', operatorId: 'u1' }, meta(), () => null);
    clock.now += 60_000;
    await office.run({ type: 'call-next', deskId: 'desk-1', operatorId: 'u1' }, meta(), () => null);
    const before = structuredClone(office.queue);
    await office.close();

    const again = await officeAt(store, clock);
    expect(again.queue).toEqual(before);
    expect(await again.run(issue, meta('req-aaaaaaaa'), number)).toEqual({ ok: true, data: 'A001' });
    expect(Object.keys(again.queue.tickets)).toHaveLength(1);
  });
});
