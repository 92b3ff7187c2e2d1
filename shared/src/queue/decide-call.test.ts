import { describe, expect, it } from 'vitest';
import { fixtureConfig, MIN, Office, T0 } from './test-fixture.js';

const callNext = (deskId: string, operatorId = `op-${deskId}`) =>
  ({ type: 'call-next', deskId, operatorId }) as const;
const callTicket = (deskId: string, number: string, operatorId = `op-${deskId}`) =>
  ({ type: 'call-ticket', deskId, operatorId, number }) as const;
const finish = (deskId: string, callNext = false) =>
  ({
    type: 'finish',
    deskId,
    outcome: 'consulted',
    note: 'ok',
    callNext,
    operatorId: `op-${deskId}`,
  }) as const;

describe('call-next', () => {
  it('calls the longest-waiting ticket of the desk sectors in mode next', () => {
    const o = new Office().openDesk('d1');
    const a = o.issue('legal');
    o.issue('legal');
    o.advance(MIN);
    expect(o.ok(callNext('d1'))).toEqual([
      {
        type: 'ticket:called',
        at: T0 + MIN,
        ticketId: a.id,
        deskId: 'd1',
        operatorId: 'op-d1',
        mode: 'next',
      },
    ]);
    expect(o.ticket(a.id)).toMatchObject({ status: 'called', deskId: 'd1', operatorId: 'op-d1', calls: 1 });
    expect(o.state.desks['d1']?.ticketId).toBe(a.id);
  });

  it('also starts the service when the office calls with startOnCall', () => {
    const o = new Office(fixtureConfig({ startOnCall: true })).openDesk('d1');
    const a = o.issue('legal');
    expect(o.ok(callNext('d1')).map((e) => e.type)).toEqual(['ticket:called', 'ticket:started']);
    expect(o.ticket(a.id).status).toBe('serving');
  });

  it('refuses an unknown desk with unknown_desk', () => {
    expect(new Office().error(callNext('d9'))).toBe('unknown_desk');
  });
  it('refuses a closed desk with desk_closed', () => {
    expect(new Office().error(callNext('d1'))).toBe('desk_closed');
  });
  it('refuses another operator at the desk with desk_taken', () => {
    expect(new Office().openDesk('d1').error(callNext('d1', 'intruder'))).toBe('desk_taken');
  });
  it('refuses a paused desk with desk_paused', () => {
    const o = new Office().openDesk('d1');
    o.ok({ type: 'pause', deskId: 'd1', reason: 'lunch' });
    expect(o.error(callNext('d1'))).toBe('desk_paused');
  });
  it('refuses a desk that still holds a visitor with desk_busy', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    o.issue('legal');
    o.ok(callNext('d1'));
    expect(o.error(callNext('d1'))).toBe('desk_busy');
  });
  it('refuses when nobody waits for the desk with queue_empty', () => {
    const o = new Office().openDesk('d1');
    o.issue('registry');
    expect(o.error(callNext('d1'))).toBe('queue_empty');
  });
});

describe('call-ticket', () => {
  it('calls a ticket by number out of order in mode specific', () => {
    const o = new Office().openDesk('d2');
    o.issue('legal');
    const b = o.issue('registry');
    const [e] = o.ok(callTicket('d2', 'b001'));
    expect(e).toMatchObject({ type: 'ticket:called', ticketId: b.id, mode: 'specific' });
  });

  it('refuses the same desk problems as call-next', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    expect(o.error(callTicket('d9', 'A001'))).toBe('unknown_desk');
    expect(o.error(callTicket('d2', 'A001'))).toBe('desk_closed');
    expect(o.error(callTicket('d1', 'A001', 'intruder'))).toBe('desk_taken');
  });
  it('refuses a number nobody holds with unknown_ticket', () => {
    expect(new Office().openDesk('d1').error(callTicket('d1', 'A077'))).toBe('unknown_ticket');
  });
  it('refuses a ticket another desk already called with ticket_not_waiting', () => {
    const o = new Office().openDesk('d1').openDesk('d2');
    o.issue('legal');
    o.ok(callNext('d1'));
    expect(o.error(callTicket('d2', 'A001'))).toBe('ticket_not_waiting');
  });
  it('refuses a ticket of a sector the desk does not serve with ticket_not_for_desk', () => {
    const o = new Office().openDesk('d1');
    o.issue('registry');
    expect(o.error(callTicket('d1', 'B001'))).toBe('ticket_not_for_desk');
  });
  it('refuses a ticket transferred to another desk with ticket_not_for_desk, but its target desk may call it', () => {
    const o = new Office().openDesk('d1').openDesk('d2').openDesk('d3');
    o.issue('legal');
    o.ok(callNext('d1'));
    o.ok({ type: 'transfer', deskId: 'd1', toSectorId: 'registry', toDeskId: 'd3', note: null });
    expect(o.error(callTicket('d2', 'A001'))).toBe('ticket_not_for_desk');
    expect(o.error(callTicket('d3', 'A001'))).toBeNull();
  });
});

describe('finish', () => {
  it('finishes a serving ticket with the outcome and frees the desk', () => {
    const o = new Office().openDesk('d1');
    const a = o.issue('legal');
    o.ok(callNext('d1'));
    o.ok({ type: 'start', deskId: 'd1' });
    o.advance(4 * MIN);
    expect(o.ok(finish('d1'))).toEqual([
      {
        type: 'ticket:finished',
        at: T0 + 4 * MIN,
        ticketId: a.id,
        deskId: 'd1',
        outcome: 'consulted',
        note: 'ok',
      },
    ]);
    expect(o.ticket(a.id)).toMatchObject({ status: 'finished', outcome: 'consulted', endedAt: T0 + 4 * MIN });
    expect(o.state.desks['d1']?.ticketId).toBeNull();
    expect(o.state.sectors['legal']?.recentServiceSec).toEqual([240]);
  });

  it('finishes and calls the next visitor in one step when callNext is set', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    const b = o.issue('legal');
    o.callNext('d1');
    o.ok({ type: 'start', deskId: 'd1' });
    const events = o.ok(finish('d1', true));
    expect(events.map((e) => e.type)).toEqual(['ticket:finished', 'ticket:called']);
    expect(o.state.desks['d1']?.ticketId).toBe(b.id);
  });

  it('finishes without error when callNext is set and the queue is empty', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    o.callNext('d1');
    o.ok({ type: 'start', deskId: 'd1' });
    expect(o.ok(finish('d1', true)).map((e) => e.type)).toEqual(['ticket:finished']);
  });

  it('refuses a called but not started ticket with not_started', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    o.callNext('d1');
    expect(o.error(finish('d1'))).toBe('not_started');
  });
  it('refuses an idle desk with desk_idle and a closed one with desk_closed', () => {
    const o = new Office().openDesk('d1');
    expect(o.error(finish('d1'))).toBe('desk_idle');
    expect(o.error(finish('d2'))).toBe('desk_closed');
  });
});
