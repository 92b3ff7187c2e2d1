import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectorOrder } from './policy.js';
import { fixtureConfig, MIN, Office, T0 } from './test-fixture.js';
import type { OfficeConfig, Ticket } from './types.js';

function booked(o: Office, sectorId: string, slotStart: number, late = false): Ticket {
  const booking = { code: `C${o.events.length}`, slotStart, late };
  const [e] = o.ok({
    type: 'issue',
    sectorId,
    serviceId: null,
    priority: null,
    lang: 'ru',
    source: 'k1',
    booking,
  });
  if (e?.type !== 'ticket:issued') throw new Error('no ticket');
  return o.ticket(e.ticket.id);
}

const numbers = (ts: (Ticket | null)[]) => ts.map((t) => t?.number ?? '-');

function callAll(o: Office, deskId: string, n: number): Ticket[] {
  const out: Ticket[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = o.callNext(deskId);
    if (!t) break;
    out.push(t);
    o.serve(deskId, 0);
  }
  return out;
}

const withPolicy = (maxBookedInRow: number, walkInNormMin: number | null = null): OfficeConfig =>
  fixtureConfig({ bookingPolicy: { maxBookedInRow, walkInNormMin } });

describe('booked visitors in call-next', () => {
  it('a booked visitor whose slot has come goes before walk-ins who came earlier', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    o.advance(MIN);
    const b = booked(o, 'legal', T0);
    expect(o.callNext('d1')?.id).toBe(b.id);
  });

  it('one who came early waits for the slot, unless nobody else is waiting', () => {
    const o = new Office().openDesk('d1');
    const b = booked(o, 'legal', T0 + 20 * MIN);
    const w = o.issue('legal');
    expect(o.callNext('d1')?.id).toBe(w.id);
    o.serve('d1', MIN);
    expect(o.callNext('d1')?.id).toBe(b.id);
  });

  it('a late check-in is a walk-in', () => {
    const o = new Office().openDesk('d1');
    const w = o.issue('legal');
    booked(o, 'legal', T0 - 30 * MIN, true);
    expect(o.callNext('d1')?.id).toBe(w.id);
  });

  it('at most maxBookedInRow booked calls follow each other while walk-ins wait', () => {
    const o = new Office(withPolicy(2)).openDesk('d1');
    o.issue('legal');
    o.issue('legal');
    for (let i = 0; i < 4; i += 1) booked(o, 'legal', T0);
    expect(numbers(callAll(o, 'd1', 6))).toEqual(['A003', 'A004', 'A001', 'A005', 'A006', 'A002']);
  });

  it('once a walk-in has waited past the norm, booked and walk-in calls alternate', () => {
    const o = new Office(withPolicy(3)).openDesk('d1');
    o.issue('legal');
    o.issue('legal');
    o.advance(16 * MIN);
    for (let i = 0; i < 3; i += 1) booked(o, 'legal', T0);
    // The legal sector's target wait is 15 minutes: both walk-ins are past it.
    expect(numbers(callAll(o, 'd1', 5))).toEqual(['A003', 'A001', 'A004', 'A002', 'A005']);
  });

  it('the norm can be set apart from the target wait', () => {
    const o = new Office(withPolicy(3, 60)).openDesk('d1');
    o.issue('legal');
    o.advance(16 * MIN);
    booked(o, 'legal', T0);
    booked(o, 'legal', T0);
    expect(numbers(callAll(o, 'd1', 3))).toEqual(['A002', 'A003', 'A001']);
  });

  it('earlier slots first among booked visitors, whatever the check-in order', () => {
    const o = new Office().openDesk('d1');
    const later = booked(o, 'legal', T0);
    const earlier = booked(o, 'legal', T0 - 10 * MIN);
    expect(numbers(callAll(o, 'd1', 2))).toEqual(numbers([earlier, later]));
  });

  it('a desk of two sectors takes a due booking in either before the other one’s walk-ins', () => {
    const o = new Office().openDesk('d2');
    o.issue('legal');
    o.advance(25 * MIN);
    const b = booked(o, 'registry', T0 + 20 * MIN);
    expect(o.callNext('d2')?.id).toBe(b.id);
  });

  it('booked calls leave the priority ratio as it was', () => {
    const o = new Office(fixtureConfig({ policy: { kind: 'ratio', priority: 1, regular: 1 } })).openDesk(
      'd1',
    );
    const p = o.issue('legal', 'elderly');
    o.issue('legal');
    booked(o, 'legal', T0);
    const before = { ...o.state.sectors['legal'] };
    expect(o.callNext('d1')?.booking).toBeDefined();
    expect(o.state.sectors['legal']?.priorityCredit).toBe(before.priorityCredit);
    o.serve('d1', 0);
    expect(o.callNext('d1')?.id).toBe(p.id);
  });

  it('the order shown in the hall is the order call-next follows', () => {
    const o = new Office(withPolicy(2)).openDesk('d1');
    o.issue('legal');
    booked(o, 'legal', T0);
    o.issue('legal', 'veteran');
    booked(o, 'legal', T0);
    booked(o, 'legal', T0 + 30 * MIN);
    booked(o, 'legal', T0);
    const shown = numbers(sectorOrder(o.state, 'legal', o.now));
    expect(numbers(callAll(o, 'd1', 6))).toEqual(shown);
  });
});

/** One desk of the legal sector open all day; every minute people may arrive, the desk calls when free. */
const day = fc.record({
  maxBookedInRow: fc.integer({ min: 1, max: 4 }),
  policy: fc.constantFrom('strict', 'ratio', 'weighted'),
  /** Walk-ins arriving in each of 240 minutes (0 to 2). */
  walkIns: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 240, maxLength: 240 }),
  /** Which of the 16 quarter-hour slots are booked, and how many minutes before it the visitor checks in. */
  bookings: fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), {
    minLength: 16,
    maxLength: 16,
  }),
  /** More visitors booked into each booked slot than the desk can serve, for the starvation test. */
  crowd: fc.integer({ min: 1, max: 4 }),
  services: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 600, maxLength: 600 }),
});

const SLOT_MIN = 15;
const SERVICE_MAX_MIN = 5;

type Day = typeof day extends fc.Arbitrary<infer T> ? T : never;

function simulate(p: Day, crowded = false) {
  const policy =
    p.policy === 'ratio'
      ? ({ kind: 'ratio', priority: 1, regular: 2 } as const)
      : p.policy === 'weighted'
        ? ({ kind: 'weighted', priorityBonusMin: 10 } as const)
        : ({ kind: 'strict' } as const);
  const o = new Office(
    fixtureConfig({ policy, bookingPolicy: { maxBookedInRow: p.maxBookedInRow, walkInNormMin: null } }),
  );
  o.openDesk('d1');
  const start = o.now;
  const slotOf = (i: number) => start + 30 * MIN + i * SLOT_MIN * MIN;
  const calls: { ticket: Ticket; at: number; walkInsWaiting: boolean }[] = [];
  let busyUntil = -1;
  let s = 0;
  for (let minute = 0; minute < 300; minute += 1) {
    const now = start + minute * MIN;
    o.now = now;
    for (let k = 0; k < (p.walkIns[minute] ?? 0); k += 1) o.issue('legal', k === 1 ? 'elderly' : null);
    p.bookings.forEach((early, i) => {
      if (early === null || slotOf(i) - early * MIN !== now) return;
      for (let k = 0; k < (crowded ? p.crowd : 1); k += 1) booked(o, 'legal', slotOf(i));
    });
    const held = o.state.desks['d1']?.ticketId;
    if (held && now >= busyUntil) {
      o.serve('d1', 0);
    }
    if (!o.state.desks['d1']?.ticketId) {
      const waiting = o.state.activeIds.map((id) => o.ticket(id)).filter((t) => t.status === 'waiting');
      const walkInsWaiting = waiting.some((t) => !t.booking || t.booking.late);
      const t = o.callNext('d1');
      if (t) {
        calls.push({ ticket: t, at: now, walkInsWaiting });
        o.ok({ type: 'start', deskId: 'd1' });
        busyUntil = now + (p.services[s++ % p.services.length] ?? 1) * MIN;
      }
    }
  }
  return calls;
}

describe('booking policy properties', () => {
  it('walk-ins are never starved: while they wait, at most maxBookedInRow booked calls in a row', () => {
    fc.assert(
      fc.property(day, (p) => {
        let inRow = 0;
        for (const c of simulate(p, true)) {
          const isBooked =
            c.ticket.booking !== undefined && !c.ticket.booking.late && c.ticket.booking.slotStart <= c.at;
          inRow = isBooked ? inRow + 1 : 0;
          if (c.walkInsWaiting) expect(inRow).toBeLessThanOrEqual(p.maxBookedInRow);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a booked visitor on time is called within two services of the slot while the desk is open', () => {
    // One booking per 15-minute slot and services of at most 5 minutes: the desk can always make room.
    const N = 2 * SERVICE_MAX_MIN * MIN;
    fc.assert(
      fc.property(day, (p) => {
        for (const c of simulate(p)) {
          const b = c.ticket.booking;
          if (b && !b.late) expect(c.at - b.slotStart).toBeLessThanOrEqual(N);
        }
        // Every booked visitor was called (the day is long enough).
        const called = simulate(p).filter((c) => c.ticket.booking).length;
        expect(called).toBe(p.bookings.filter((b) => b !== null).length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the shown order', () => {
  const ticket = fc.record({
    kind: fc.constantFrom('walk-in', 'priority', 'due', 'early', 'late'),
    waitedMin: fc.integer({ min: 0, max: 40 }),
    slotMin: fc.integer({ min: -30, max: 30 }),
  });
  it('is the order call-next follows when nobody arrives, under every policy and limit', () => {
    fc.assert(
      fc.property(
        fc.array(ticket, { maxLength: 14 }),
        fc.constantFrom('strict', 'ratio', 'weighted'),
        fc.integer({ min: 1, max: 3 }),
        (tickets, kind, maxBookedInRow) => {
          const policy =
            kind === 'ratio'
              ? ({ kind, priority: 1, regular: 2 } as const)
              : kind === 'weighted'
                ? ({ kind, priorityBonusMin: 10 } as const)
                : ({ kind } as const);
          const o = new Office(
            fixtureConfig({ policy, bookingPolicy: { maxBookedInRow, walkInNormMin: null } }),
          );
          const start = o.now;
          // Arrivals in the order of their wait, oldest first, then the clock moves to "now".
          const sorted = [...tickets].sort((a, b) => b.waitedMin - a.waitedMin);
          const now = start + 40 * MIN;
          for (const t of sorted) {
            o.now = now - t.waitedMin * MIN;
            if (t.kind === 'walk-in' || t.kind === 'priority')
              o.issue('legal', t.kind === 'priority' ? 'elderly' : null);
            else
              booked(
                o,
                'legal',
                now + (t.kind === 'early' ? 1 + Math.abs(t.slotMin) : -Math.abs(t.slotMin)) * MIN,
                t.kind === 'late',
              );
          }
          o.now = now;
          o.openDesk('d1');
          const shown = numbers(sectorOrder(o.state, 'legal', o.now));
          expect(numbers(callAll(o, 'd1', tickets.length))).toEqual(shown);
        },
      ),
      { numRuns: 300 },
    );
  });
});
