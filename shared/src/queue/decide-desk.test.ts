import { describe, expect, it } from 'vitest';
import type { Command } from './commands.js';
import { fixtureConfig, MIN, Office, T0 } from './test-fixture.js';

/** An office with desk d1 holding A001, called at T0 + 1 min. */
function withCalled(config = fixtureConfig()) {
  const o = new Office(config).openDesk('d1').openDesk('d2').openDesk('d3');
  const a = o.issue('legal');
  o.advance(MIN);
  o.callNext('d1');
  return { o, a };
}

const transfer = (toSectorId: string, toDeskId: string | null = null): Command => ({
  type: 'transfer',
  deskId: 'd1',
  toSectorId,
  toDeskId,
  note: 'needs a civil registry clerk',
});

describe('recall', () => {
  it('recalls a called ticket and counts the call', () => {
    const { o, a } = withCalled();
    expect(o.ok({ type: 'recall', deskId: 'd1' })).toEqual([
      { type: 'ticket:recalled', at: T0 + MIN, ticketId: a.id, deskId: 'd1' },
    ]);
    expect(o.ticket(a.id).calls).toBe(2);
  });
  it('refuses a serving ticket with already_started, an idle desk with desk_idle, a closed one with desk_closed', () => {
    const { o } = withCalled();
    o.ok({ type: 'start', deskId: 'd1' });
    expect(o.error({ type: 'recall', deskId: 'd1' })).toBe('already_started');
    expect(o.error({ type: 'recall', deskId: 'd2' })).toBe('desk_idle');
    o.ok({ type: 'close-desk', deskId: 'd2' });
    expect(o.error({ type: 'recall', deskId: 'd2' })).toBe('desk_closed');
  });
});

describe('start', () => {
  it('starts serving a called ticket', () => {
    const { o, a } = withCalled();
    o.advance(MIN).ok({ type: 'start', deskId: 'd1' });
    expect(o.ticket(a.id)).toMatchObject({ status: 'serving', startedAt: T0 + 2 * MIN });
  });
  it('refuses twice with already_started, an idle desk with desk_idle, a closed desk with desk_closed', () => {
    const { o } = withCalled();
    o.ok({ type: 'start', deskId: 'd1' });
    expect(o.error({ type: 'start', deskId: 'd1' })).toBe('already_started');
    expect(o.error({ type: 'start', deskId: 'd2' })).toBe('desk_idle');
    expect(o.error({ type: 'start', deskId: 'd9' })).toBe('unknown_desk');
    o.ok({ type: 'close-desk', deskId: 'd2' });
    expect(o.error({ type: 'start', deskId: 'd2' })).toBe('desk_closed');
  });
});

describe('no-show', () => {
  it('refuses no-show before the grace after the latest call has passed, and a recall restarts the grace', () => {
    const { o } = withCalled();
    expect(o.advance(59_000).error({ type: 'no-show', deskId: 'd1' })).toBe('no_show_too_early');
    o.ok({ type: 'recall', deskId: 'd1' });
    expect(o.advance(30_000).error({ type: 'no-show', deskId: 'd1' })).toBe('no_show_too_early');
    o.advance(30_000).ok({ type: 'no-show', deskId: 'd1' });
  });
  it('refuses no-show once service has started, unless calling starts service', () => {
    const { o } = withCalled();
    o.ok({ type: 'start', deskId: 'd1' });
    expect(o.advance(MIN).error({ type: 'no-show', deskId: 'd1' })).toBe('already_started');
  });
  it('ends a called ticket as no_show and frees the desk', () => {
    const { o, a } = withCalled();
    o.advance(MIN).ok({ type: 'no-show', deskId: 'd1' });
    expect(o.ticket(a.id).status).toBe('no_show');
    expect(o.state.desks['d1']?.ticketId).toBeNull();
    expect(o.state.activeIds).toEqual([]);
  });
  it('refuses an idle desk with desk_idle and a closed desk with desk_closed', () => {
    const o = new Office().openDesk('d1');
    expect(o.error({ type: 'no-show', deskId: 'd1' })).toBe('desk_idle');
    expect(o.error({ type: 'no-show', deskId: 'd2' })).toBe('desk_closed');
  });
});

describe('return-to-queue', () => {
  it('puts a serving ticket back in line at its old place, without a desk', () => {
    const { o, a } = withCalled();
    const b = o.issue('legal');
    o.ok({ type: 'start', deskId: 'd1' });
    o.ok({ type: 'return-to-queue', deskId: 'd1' });
    expect(o.ticket(a.id)).toMatchObject({ status: 'waiting', queuedAt: T0, deskId: null, startedAt: null });
    expect(o.state.desks['d1']?.ticketId).toBeNull();
    expect(o.state.activeIds).toEqual([a.id, b.id]);
    expect(o.callNext('d1')?.id).toBe(a.id);
  });
  it('refuses an idle desk with desk_idle and a closed desk with desk_closed', () => {
    const o = new Office().openDesk('d1');
    expect(o.error({ type: 'return-to-queue', deskId: 'd1' })).toBe('desk_idle');
    expect(o.error({ type: 'return-to-queue', deskId: 'd2' })).toBe('desk_closed');
  });
});

describe('transfer', () => {
  it('ends the ticket as transferred and queues a new leg with the same number and code', () => {
    const { o, a } = withCalled();
    o.advance(MIN);
    const [e] = o.ok(transfer('registry'));
    if (e?.type !== 'ticket:transferred') throw new Error('expected a transfer');
    expect(o.ticket(a.id)).toMatchObject({
      status: 'transferred',
      endedAt: T0 + 2 * MIN,
      nextLegId: e.next.id,
    });
    expect(o.ticket(e.next.id)).toMatchObject({
      number: 'A001',
      seq: 1,
      code: a.code,
      sectorId: 'registry',
      status: 'waiting',
      issuedAt: T0,
      queuedAt: T0,
      targetDeskId: null,
      calls: 0,
      firstLegId: a.id,
      previousLegId: a.id,
      nextLegId: null,
    });
    expect(o.state.activeIds).toEqual([e.next.id]);
    expect(o.state.desks['d1']?.ticketId).toBeNull();
  });

  it('queues the new leg at the transfer time when the office does not keep arrival', () => {
    const { o } = withCalled(fixtureConfig({ transferKeepsArrival: false }));
    const [e] = o.advance(MIN).ok(transfer('registry'));
    expect(e?.type === 'ticket:transferred' && e.next.queuedAt).toBe(T0 + 2 * MIN);
  });

  it('keeps firstLegId pointing at the first leg over two transfers', () => {
    const { o, a } = withCalled();
    o.ok(transfer('registry', 'd1'));
    o.callNext('d1');
    const [e] = o.ok({ ...transfer('akim'), note: null } as Command);
    expect(e?.type === 'ticket:transferred' && e.next.firstLegId).toBe(a.id);
  });

  it('targets a desk: only that desk calls the new leg, even in the same sector', () => {
    const { o } = withCalled();
    o.ok(transfer('legal', 'd2'));
    expect(o.callNext('d1')).toBeNull();
    expect(o.callNext('d2')?.number).toBe('A001');
  });

  it('refuses an idle desk with desk_idle and a closed desk with desk_closed', () => {
    const o = new Office().openDesk('d1');
    expect(o.error(transfer('registry'))).toBe('desk_idle');
    expect(o.error({ ...transfer('registry'), deskId: 'd2' } as Command)).toBe('desk_closed');
  });
  it('refuses an unknown sector with unknown_sector and an unknown desk with unknown_desk', () => {
    const { o } = withCalled();
    expect(o.error(transfer('nope'))).toBe('unknown_sector');
    expect(o.error(transfer('registry', 'd9'))).toBe('unknown_desk');
  });
  it('refuses a transfer to the same sector without a desk with same_sector', () => {
    const { o } = withCalled();
    expect(o.error(transfer('legal'))).toBe('same_sector');
  });
});
