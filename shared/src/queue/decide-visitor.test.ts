import { describe, expect, it } from 'vitest';
import { MIN, must, Office, T0 } from './test-fixture.js';

const rate = (ticketId: string, stars = 5) =>
  ({ type: 'rate', ticketId, stars, comment: 'Рахмет!' }) as const;

describe('cancel', () => {
  it('cancels a waiting ticket', () => {
    const o = new Office();
    const a = o.issue('legal');
    expect(o.ok({ type: 'cancel', ticketId: a.id, by: 'visitor' })).toEqual([
      { type: 'ticket:cancelled', at: T0, ticketId: a.id, by: 'visitor' },
    ]);
    expect(o.ticket(a.id).status).toBe('cancelled');
  });
  it('cancels the newest leg of a transferred visitor given the first leg id', () => {
    const o = new Office().openDesk('d1');
    const a = o.issue('legal');
    o.callNext('d1');
    o.ok({ type: 'transfer', deskId: 'd1', toSectorId: 'registry', toDeskId: null, note: null });
    o.ok({ type: 'cancel', ticketId: a.id, by: 'visitor' });
    expect(o.ticket(must(o.ticket(a.id).nextLegId)).status).toBe('cancelled');
  });
  it('refuses an unknown ticket with unknown_ticket and a called one with ticket_not_waiting', () => {
    const o = new Office().openDesk('d1');
    const a = o.issue('legal');
    o.callNext('d1');
    expect(o.error({ type: 'cancel', ticketId: 'nope', by: 'v' })).toBe('unknown_ticket');
    expect(o.error({ type: 'cancel', ticketId: a.id, by: 'v' })).toBe('ticket_not_waiting');
  });
});

describe('rate', () => {
  function finished() {
    const o = new Office().openDesk('d1');
    const a = o.issue('legal');
    o.callNext('d1');
    o.serve('d1');
    return { o, a };
  }
  it('rates a finished visit once', () => {
    const { o, a } = finished();
    o.advance(MIN).ok(rate(a.id, 4));
    expect(o.ticket(a.id).rating).toEqual({ stars: 4, comment: 'Рахмет!', at: o.now });
  });
  it('rates the newest leg of a transferred visit', () => {
    const o = new Office().openDesk('d1').openDesk('d2');
    const a = o.issue('legal');
    o.callNext('d1');
    o.ok({ type: 'transfer', deskId: 'd1', toSectorId: 'registry', toDeskId: null, note: null });
    o.callNext('d2');
    o.serve('d2');
    o.ok(rate(a.id));
    expect(o.ticket(must(o.ticket(a.id).nextLegId)).rating?.stars).toBe(5);
  });
  it('refuses an unfinished visit with ticket_not_finished', () => {
    const o = new Office();
    const a = o.issue('legal');
    expect(o.error(rate(a.id))).toBe('ticket_not_finished');
  });
  it('refuses a second rating with already_rated', () => {
    const { o, a } = finished();
    o.ok(rate(a.id));
    expect(o.error(rate(a.id, 1))).toBe('already_rated');
  });
  it('refuses stars outside 1..5 or fractional with invalid_payload', () => {
    const { o, a } = finished();
    expect(o.error(rate(a.id, 0))).toBe('invalid_payload');
    expect(o.error(rate(a.id, 6))).toBe('invalid_payload');
    expect(o.error(rate(a.id, 2.5))).toBe('invalid_payload');
  });
  it('refuses an unknown ticket with unknown_ticket', () => {
    expect(new Office().error(rate('nope'))).toBe('unknown_ticket');
  });
});
