// Every desk transition and every refusal, through a real server and real Socket.IO clients, as the
// operator desk sends them.
import { afterEach, describe, expect, it } from 'vitest';
import type { Acks, InboundEvent, PayloadIn, Result } from '@kezek/shared';
import { openMemorySettings } from './settings/settings-store.js';
import {
  demoSettingsOnce,
  expectOk,
  rid,
  send,
  startHarness,
  type Client,
  type Harness,
} from './test-support/harness.js';

let h: Harness;
afterEach(() => h.close());

async function office(change: Partial<ReturnType<typeof demoSettingsOnce>['office']> = {}) {
  const settings = demoSettingsOnce();
  Object.assign(settings.office, change);
  h = await startHarness({ settings: openMemorySettings(settings) });
  return { kiosk: await h.device('kiosk'), op1: await h.staff('op1') };
}

/** A desk command with a fresh requestId, as one press of a button. */
function press<E extends InboundEvent>(
  socket: Client,
  event: E,
  payload: Omit<PayloadIn<E>, 'requestId'>,
): Promise<Result<Acks[E]>> {
  return send(socket, event, { requestId: rid(), ...payload } as PayloadIn<E>);
}

const refused = (error: string) => ({ ok: false, error });

async function issue(kiosk: Client, sectorId: string, priority: 'elderly' | null = null) {
  return expectOk(await press(kiosk, 'ticket:issue', { sectorId, lang: 'kk', priority })).ticket;
}

const desk1 = { deskId: 'desk-1' };

describe('a desk through its day', () => {
  it('opens, calls, recalls, starts, finishes with an outcome and note, and closes', async () => {
    const { kiosk, op1 } = await office();
    await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:open', desk1));
    expect(expectOk(await press(op1, 'desk:call-next', desk1))).toMatchObject({
      number: 'A001',
      status: 'called',
    });
    expect(expectOk(await press(op1, 'desk:recall', desk1))).toMatchObject({ number: 'A001', calls: 2 });
    expect(expectOk(await press(op1, 'desk:start', desk1))).toMatchObject({ status: 'serving' });
    expect(await press(op1, 'desk:finish', { ...desk1, outcome: 'in_progress', note: 'бланк' })).toEqual({
      ok: true,
      data: null,
    });
    const finished = Object.values(h.app.office.queue.tickets)[0];
    expect(finished).toMatchObject({ status: 'finished', outcome: 'in_progress', note: 'бланк' });
    expectOk(await press(op1, 'desk:close', desk1));
    expect(h.app.office.queue.desks['desk-1']?.status).toBe('closed');
    const mine = expectOk(await send(op1, 'desk:my-day', {}));
    expect(mine).toMatchObject({ served: 1, noShows: 0, outcomes: { in_progress: 1 }, pausedSec: 0 });
    const op2 = expectOk(await send(await h.staff('op2'), 'desk:my-day', {}));
    expect(op2).toMatchObject({ served: 0, avgServiceSec: null, idleSec: 0 });
  });

  it('finishes and calls the next visitor in one step', async () => {
    const { kiosk, op1 } = await office();
    await issue(kiosk, 'legal');
    await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:open', desk1));
    expectOk(await press(op1, 'desk:call-next', desk1));
    expectOk(await press(op1, 'desk:start', desk1));
    const next = expectOk(await press(op1, 'desk:finish', { ...desk1, outcome: 'solved', callNext: true }));
    expect(next).toMatchObject({ number: 'A002', status: 'called' });
  });

  it('starts the service on the call when the office sets startOnCall', async () => {
    const { kiosk, op1 } = await office({ startOnCall: true });
    await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:open', desk1));
    expect(expectOk(await press(op1, 'desk:call-next', desk1)).status).toBe('serving');
    expect(await press(op1, 'desk:start', desk1)).toEqual(refused('already_started'));
  });

  it('refuses a no-show before the grace after the call has passed', async () => {
    const { kiosk, op1 } = await office({ noShowGraceSec: 60 });
    await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:open', desk1));
    expectOk(await press(op1, 'desk:call-next', desk1));
    expect(await press(op1, 'desk:no-show', desk1)).toEqual(refused('no_show_too_early'));
  });

  it('marks a no-show, returns a visitor to their old place, and calls a ticket by number', async () => {
    const { kiosk, op1 } = await office({ noShowGraceSec: 0 });
    for (let i = 0; i < 3; i++) await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:open', desk1));
    expectOk(await press(op1, 'desk:call-next', desk1));
    expectOk(await press(op1, 'desk:no-show', desk1));
    expectOk(await press(op1, 'desk:call-next', desk1));
    expectOk(await press(op1, 'desk:return', desk1));
    // A002 went back to its old place, ahead of A003.
    const hall = h.app.office.snapshot().hall;
    expect(hall.sectors.find((s) => s.id === 'legal')?.next.map((t) => t.number)).toEqual(['A002', 'A003']);
    expect(expectOk(await press(op1, 'desk:call-ticket', { ...desk1, number: 'a003' })).number).toBe('A003');
    const statuses = Object.values(h.app.office.queue.tickets).map((t) => [t.number, t.status]);
    expect(statuses).toEqual([
      ['A001', 'no_show'],
      ['A002', 'waiting'],
      ['A003', 'called'],
    ]);
  });

  it('pauses with a reason, refuses to call while paused, and resumes', async () => {
    const { kiosk, op1 } = await office();
    await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:open', desk1));
    expectOk(await press(op1, 'desk:pause', { ...desk1, reason: 'paperwork' }));
    expect(h.app.office.snapshot().hall.desks[0]).toMatchObject({
      status: 'paused',
      pauseReason: 'paperwork',
    });
    expect(await press(op1, 'desk:call-next', desk1)).toEqual(refused('desk_paused'));
    expect(await press(op1, 'desk:pause', { ...desk1, reason: 'break' })).toEqual(refused('desk_paused'));
    expectOk(await press(op1, 'desk:resume', desk1));
    expectOk(await press(op1, 'desk:call-next', desk1));
  });
});

describe('transfers', () => {
  it('keeps the original arrival time when the office says so, and the visitor keeps the number', async () => {
    const { kiosk, op1 } = await office({ transferKeepsArrival: true });
    const first = await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:open', desk1));
    expectOk(await press(op1, 'desk:call-next', desk1));
    const moved = expectOk(
      await press(op1, 'desk:transfer', { ...desk1, toSectorId: 'applications', note: 'шағым' }),
    );
    expect(moved).toMatchObject({ number: 'A001', sectorId: 'applications', status: 'waiting' });
    expect(moved.queuedAt).toBe(first.queuedAt);
    expect(h.app.office.queue.tickets[first.id]?.status).toBe('transferred');
  });

  it('puts the visitor at the end of the new queue when arrival is not kept', async () => {
    const { kiosk, op1 } = await office({ transferKeepsArrival: false });
    await issue(kiosk, 'legal');
    await new Promise((r) => setTimeout(r, 5));
    const later = await issue(kiosk, 'applications');
    expectOk(await press(op1, 'desk:open', desk1));
    expectOk(await press(op1, 'desk:call-next', desk1));
    const moved = expectOk(await press(op1, 'desk:transfer', { ...desk1, toSectorId: 'applications' }));
    expect(moved.queuedAt).toBeGreaterThan(later.queuedAt);
  });

  it('sends a visitor to a named desk, which alone calls them, and first', async () => {
    const { kiosk, op1 } = await office();
    await issue(kiosk, 'legal');
    await issue(kiosk, 'applications');
    const op2 = await h.staff('op2');
    const op3 = await h.staff('op3');
    expectOk(await press(op1, 'desk:open', desk1));
    expectOk(await press(op2, 'desk:open', { deskId: 'desk-5' }));
    expectOk(await press(op3, 'desk:open', { deskId: 'desk-8' }));
    expectOk(await press(op1, 'desk:call-next', desk1));
    const to = { ...desk1, toSectorId: 'applications', toDeskId: 'desk-8' };
    expect(expectOk(await press(op1, 'desk:transfer', to)).targetDeskId).toBe('desk-8');
    expect(await press(op2, 'desk:call-ticket', { deskId: 'desk-5', number: 'A001' })).toEqual(
      refused('ticket_not_for_desk'),
    );
    expect(expectOk(await press(op3, 'desk:call-next', { deskId: 'desk-8' })).number).toBe('A001');
  });
});

describe('refusals', () => {
  it('refuses what makes no sense at a desk, each with its own code', async () => {
    const { kiosk, op1 } = await office();
    await issue(kiosk, 'civil-registry');
    expect(await press(op1, 'desk:call-next', desk1)).toEqual(refused('desk_closed'));
    expect(await press(op1, 'desk:open', { deskId: 'desk-99' })).toEqual(refused('unknown_desk'));
    expectOk(await press(op1, 'desk:open', desk1));
    expect(await press(op1, 'desk:call-next', desk1)).toEqual(refused('queue_empty'));
    expect(await press(op1, 'desk:finish', { ...desk1, outcome: 'solved' })).toEqual(refused('desk_idle'));
    expect(await press(op1, 'desk:recall', desk1)).toEqual(refused('desk_idle'));
    expect(await press(op1, 'desk:no-show', desk1)).toEqual(refused('desk_idle'));
    expect(await press(op1, 'desk:call-ticket', { ...desk1, number: 'A404' })).toEqual(
      refused('unknown_ticket'),
    );
    expect(await press(op1, 'desk:call-ticket', { ...desk1, number: 'C001' })).toEqual(
      refused('ticket_not_for_desk'),
    );
    expect(await press(op1, 'desk:call-ticket', { ...desk1, number: 'C-1' })).toEqual(
      refused('invalid_payload'),
    );
    await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:call-next', desk1));
    expect(await press(op1, 'desk:call-next', desk1)).toEqual(refused('desk_busy'));
    expect(await press(op1, 'desk:finish', { ...desk1, outcome: 'solved' })).toEqual(refused('not_started'));
    expect(await press(op1, 'desk:pause', { ...desk1, reason: 'lunch' })).toEqual(refused('desk_busy'));
    expect(await press(op1, 'desk:close', desk1)).toEqual(refused('desk_busy'));
    expect(await press(op1, 'desk:transfer', { ...desk1, toSectorId: 'legal' })).toEqual(
      refused('same_sector'),
    );
    expect(await press(op1, 'desk:transfer', { ...desk1, toSectorId: 'nowhere' })).toEqual(
      refused('unknown_sector'),
    );
    expectOk(await press(op1, 'desk:start', desk1));
    expect(await press(op1, 'desk:recall', desk1)).toEqual(refused('already_started'));
    expect(await press(op1, 'desk:start', desk1)).toEqual(refused('already_started'));
  });

  it('keeps one specialist to one desk and one desk to one specialist', async () => {
    const { op1 } = await office();
    const op2 = await h.staff('op2');
    expectOk(await press(op1, 'desk:open', desk1));
    expect(await press(op2, 'desk:open', desk1)).toEqual(refused('desk_taken'));
    expect(await press(op1, 'desk:open', { deskId: 'desk-2' })).toEqual(refused('operator_elsewhere'));
    expect(await press(op2, 'desk:call-next', desk1)).toEqual(refused('desk_taken'));
  });

  it('never lets another specialist act on a visitor they did not call', async () => {
    const { kiosk, op1 } = await office();
    await issue(kiosk, 'legal');
    const op2 = await h.staff('op2');
    expectOk(await press(op1, 'desk:open', desk1));
    expectOk(await press(op1, 'desk:call-next', desk1));
    for (const event of ['desk:recall', 'desk:start', 'desk:no-show', 'desk:return'] as const) {
      expect(await press(op2, event, desk1)).toEqual(refused('desk_taken'));
    }
    expect(await press(op2, 'desk:transfer', { ...desk1, toSectorId: 'applications' })).toEqual(
      refused('desk_taken'),
    );
    expectOk(await press(op1, 'desk:start', desk1));
    expect(await press(op2, 'desk:finish', { ...desk1, outcome: 'solved' })).toEqual(refused('desk_taken'));
    expect(h.app.office.queue.desks['desk-1']?.ticketId).not.toBeNull();
  });

  it('refuses desk commands from devices and strangers', async () => {
    const { kiosk } = await office();
    expect(await press(kiosk, 'desk:call-next', desk1)).toEqual(refused('forbidden'));
    const guest = await h.client();
    expect(await press(guest, 'desk:call-next', desk1)).toEqual(refused('unauthorized'));
    expect(await send(guest, 'desk:my-day', {})).toEqual(refused('unauthorized'));
  });
});

describe('hurried clicks and retries', () => {
  it('answers a double click or a retry of call-next with the one visitor it called', async () => {
    const { kiosk, op1 } = await office();
    for (let i = 0; i < 3; i++) await issue(kiosk, 'legal');
    expectOk(await press(op1, 'desk:open', desk1));
    const requestId = rid();
    const [a, b] = await Promise.all([
      send(op1, 'desk:call-next', { requestId, deskId: 'desk-1' }),
      send(op1, 'desk:call-next', { requestId, deskId: 'desk-1' }),
    ]);
    // A retry after a dropped connection carries the same requestId too.
    op1.disconnect().connect();
    await new Promise<void>((r) => op1.once('session:started', () => r()));
    const c = await send(op1, 'desk:call-next', { requestId, deskId: 'desk-1' });
    expect([expectOk(a).number, expectOk(b).number, expectOk(c).number]).toEqual(['A001', 'A001', 'A001']);
    const called = Object.values(h.app.office.queue.tickets).filter((t) => t.status === 'called');
    expect(called).toHaveLength(1);
  });

  it('gives eight desks calling at once over many rounds every waiting ticket exactly once', async () => {
    await office();
    // Every desk serves every sector here, so any desk may get any ticket.
    const config = h.settings.data.office;
    const all = config.sectors.map((s) => s.id);
    for (const d of config.desks) d.sectorIds = all;
    const system = { actorId: null, requestId: null };
    await h.app.office.run({ type: 'set-config', config }, system, () => null);
    // Straight into the office: one kiosk socket would hit its rate limit long before 60 tickets.
    for (let i = 0; i < 60; i++) {
      const sectorId = all[i % 6] ?? 'legal';
      const source = 'test';
      await h.app.office.run(
        { type: 'issue', sectorId, serviceId: null, priority: null, lang: 'ru', source },
        system,
        () => null,
      );
    }
    const issued = Object.values(h.app.office.queue.tickets).map((t) => t.number);
    const ops = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => h.staff(`op${n}`)));
    const deskOf = (i: number) => ({ deskId: `desk-${i + 1}` });
    await Promise.all(ops.map((op, i) => press(op, 'desk:open', deskOf(i))));

    const called: string[] = [];
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(
        ops.map(async (op, i) => {
          // Finish-and-call when serving, plain call-next when idle: both race for the same queue.
          const finished = await press(op, 'desk:finish', {
            ...deskOf(i),
            outcome: 'solved',
            callNext: true,
          });
          return finished.ok ? finished : press(op, 'desk:call-next', deskOf(i));
        }),
      );
      for (const r of results) if (r.ok && r.data) called.push(r.data.number);
      await Promise.all(ops.map((op, i) => press(op, 'desk:start', deskOf(i))));
    }
    expect(new Set(called).size).toBe(called.length);
    expect(called.toSorted()).toEqual(issued.toSorted());
  });
});
