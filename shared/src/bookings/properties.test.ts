import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BookingCommand } from './commands.js';
import { replayBookings } from './evolve.js';
import { almaty, BookingDriver, MIN, request, settingsWith } from './test-fixture.js';

const dayStart = almaty('2026-12-02T09:00:00');
const start0 = almaty('2026-12-01T09:00:00');

/** A random mix of bookings, cancellations, check-ins and sweeps, with time moving on between them. */
const step = fc.record({
  advanceMin: fc.integer({ min: 0, max: 90 }),
  kind: fc.constantFrom('book', 'book', 'book', 'cancel', 'check-in', 'sweep'),
  slot: fc.integer({ min: 0, max: 7 }),
  person: fc.integer({ min: 0, max: 5 }),
  pick: fc.nat(),
  staff: fc.boolean(),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function commandOf(d: BookingDriver, s: Step): BookingCommand {
  const codes = Object.keys(d.state.byCode);
  const code = codes[s.pick % Math.max(1, codes.length)] ?? 'ZZZZ-ZZZZ';
  const by = s.staff ? ({ kind: 'staff', userId: 'u1' } as const) : ({ kind: 'public' } as const);
  switch (s.kind) {
    case 'book': {
      const start = new Date(dayStart + s.slot * 15 * MIN).toISOString();
      return { type: 'book', request: request(start, { phone: `+7 701 000 00 0${s.person}` }), by };
    }
    case 'cancel':
      return { type: 'cancel', code, by };
    case 'check-in':
      return { type: 'record-check-in', code, ticketId: `t${s.pick}`, ticketNumber: 'A001', late: false };
    default:
      return { type: 'sweep' };
  }
}

function run(steps: Step[], perSlot: number, perPerson: number): BookingDriver {
  const d = new BookingDriver(start0, settingsWith({ perSlot, perPerson, leadMin: 30 }));
  for (const s of steps) {
    d.now += s.advanceMin * MIN;
    d.run(commandOf(d, s));
  }
  return d;
}

describe('booking properties', () => {
  const arbitrary = fc.tuple(
    fc.array(step, { maxLength: 80 }),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 3 }),
  );

  it('no slot ever holds more bookings than it takes', () => {
    fc.assert(
      fc.property(arbitrary, ([steps, perSlot, perPerson]) => {
        const d = run(steps, perSlot, perPerson);
        const taken = new Map<number, number>();
        for (const b of Object.values(d.state.bookings))
          if (b.status !== 'cancelled') taken.set(b.startAt, (taken.get(b.startAt) ?? 0) + 1);
        for (const n of taken.values()) expect(n).toBeLessThanOrEqual(perSlot);
      }),
      { numRuns: 300 },
    );
  });

  it('codes never repeat, even from a generator that repeats itself', () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 1, max: 4 }), ([steps, perSlot, perPerson], period) => {
        const d = run(steps, perSlot, perPerson);
        // A generator with a short period: decide must skip the codes it already gave.
        let n = 0;
        const pool = ['AAAA-0001', 'AAAA-0002', 'AAAA-0003', 'AAAA-0004', 'AAAA-0005'];
        d.newCode = () => pool[n++ % period] as string;
        for (let i = 0; i < 6; i += 1)
          d.run({
            type: 'book',
            request: request(new Date(dayStart + 8 * 15 * MIN).toISOString(), {
              phone: `+7 702 000 00 0${i}`,
            }),
            by: { kind: 'staff', userId: 'u' },
          });
        const codes = Object.values(d.state.bookings).map((b) => b.code);
        expect(new Set(codes).size).toBe(codes.length);
      }),
      { numRuns: 200 },
    );
  });

  it('replaying the journal gives the same state', () => {
    fc.assert(
      fc.property(arbitrary, ([steps, perSlot, perPerson]) => {
        const d = run(steps, perSlot, perPerson);
        expect(replayBookings(d.events)).toEqual(d.state);
      }),
      { numRuns: 300 },
    );
  });

  it('a person never holds more unused bookings than the limit at the moment of booking', () => {
    fc.assert(
      fc.property(arbitrary, ([steps, perSlot, perPerson]) => {
        const d = run(steps, perSlot, perPerson);
        // Each booking, at the moment it was made, joined at most perPerson - 1 held by the same phone.
        for (const b of Object.values(d.state.bookings)) {
          const held = Object.values(d.state.bookings).filter(
            (o) =>
              o !== b &&
              o.phoneKey === b.phoneKey &&
              o.createdAt <= b.createdAt &&
              (o.endedAt === null || o.endedAt > b.createdAt) &&
              o.startAt + 10 * MIN >= b.createdAt,
          );
          expect(held.length).toBeLessThan(perPerson);
        }
      }),
      { numRuns: 300 },
    );
  });
});
