// The booking rules: given the bookings and a command, which events happen, or which refusal. Pure, like
// the queue's decide: the server journals the events before anyone hears of them.
import { localDate } from '../calendar/zone.js';
import { isValidIin } from '../cases/iin.js';
import { fail, ok, type Result } from '../errors.js';
import type { BookingCommand } from './commands.js';
import type { BookingEvent } from './events.js';
import { phoneKey } from './phone.js';
import { bookableOf, windowClosed, type BookingContext } from './rules.js';
import { bookingHours, dayInWindow, isoInZone, slotStarts, slotStillBookable } from './slots.js';
import type { Booking, BookingCreator, BookingState } from './types.js';
import { takenAt } from './usage.js';

/** A code collides once in about 10^12 pairs; ten misses in a row mean the generator is broken. */
const CODE_TRIES = 10;

type Cmd<T extends BookingCommand['type']> = Extract<BookingCommand, { type: T }>;

/** Bookings the person still holds: booked and not yet past their check-in window. */
function heldBy(state: Readonly<BookingState>, key: string, iin: string | null, ctx: BookingContext): number {
  let n = 0;
  for (const b of Object.values(state.bookings)) {
    if (b.status !== 'booked') continue;
    if (windowClosed(b, ctx.settings, ctx.now)) continue;
    if (b.phoneKey === key || (iin !== null && b.iin === iin)) n += 1;
  }
  return n;
}

function book(state: Readonly<BookingState>, c: Cmd<'book'>, ctx: BookingContext): Result<BookingEvent[]> {
  const r = c.request;
  const bookable = bookableOf(ctx, r.sectorId, r.serviceId);
  if (!bookable) return fail('booking_off');
  const { rules } = bookable;
  if (r.iin !== null && !ctx.settings.iinEnabled) return fail('iin_disabled');
  if (r.iin !== null && !isValidIin(r.iin)) return fail('iin_invalid');
  const zone = ctx.office.timeZone;
  const startAt = Date.parse(r.start);
  const day = localDate(startAt, zone);
  const hours = bookingHours(rules, bookable.sector, ctx.office);
  const staff = c.by.kind === 'staff';
  if (
    !dayInWindow(rules, day, ctx.now, zone) ||
    !slotStarts(hours, ctx.calendar, day, rules.slotMin).includes(startAt) ||
    !slotStillBookable(rules, startAt, ctx.now, staff)
  )
    return fail('slot_unavailable');
  if (takenAt(state, r.sectorId, r.serviceId, startAt) >= rules.perSlot) return fail('slot_full');
  const key = phoneKey(r.phone);
  if (heldBy(state, key, r.iin, ctx) >= rules.perPerson) return fail('booking_limit');
  let code = ctx.newCode();
  for (let i = 1; state.byCode[code] !== undefined; i += 1) {
    if (i >= CODE_TRIES) return fail('internal');
    code = ctx.newCode();
  }
  const booking: Booking = {
    id: ctx.newId(),
    code,
    day,
    start: isoInZone(startAt, zone),
    startAt,
    slotMin: rules.slotMin,
    sectorId: r.sectorId,
    serviceId: r.serviceId,
    name: r.name,
    phone: r.phone,
    phoneKey: key,
    iin: r.iin,
    lang: r.lang,
    status: 'booked',
    ticketId: null,
    ticketNumber: null,
    createdAt: ctx.now,
    createdBy: c.by,
    endedAt: null,
    cancelledBy: null,
  };
  return ok([{ type: 'booking:created', at: ctx.now, booking }]);
}

/** The public page may cancel until the slot starts; staff while the booking is unused. */
export function mayCancel(b: Booking, by: BookingCreator, now: number): boolean {
  return b.status === 'booked' && (by.kind === 'staff' || now < b.startAt);
}

function byCode(state: Readonly<BookingState>, code: string): Booking | null {
  const id = state.byCode[code];
  return (id !== undefined && state.bookings[id]) || null;
}

function cancel(
  state: Readonly<BookingState>,
  c: Cmd<'cancel'>,
  ctx: BookingContext,
): Result<BookingEvent[]> {
  const b = byCode(state, c.code);
  if (!b) return fail('unknown_booking');
  if (!mayCancel(b, c.by, ctx.now)) return fail('booking_not_active');
  return ok([{ type: 'booking:cancelled', at: ctx.now, bookingId: b.id, by: c.by }]);
}

function recordCheckIn(
  state: Readonly<BookingState>,
  c: Cmd<'record-check-in'>,
  ctx: BookingContext,
): Result<BookingEvent[]> {
  const b = byCode(state, c.code);
  if (!b) return fail('unknown_booking');
  // A no-show may still come that day and be served as a walk-in; anything else was already settled.
  if (b.status !== 'booked' && b.status !== 'no_show') return fail('booking_not_active');
  const { ticketId, ticketNumber, late } = c;
  return ok([{ type: 'booking:checked-in', at: ctx.now, bookingId: b.id, ticketId, ticketNumber, late }]);
}

function sweep(state: Readonly<BookingState>, ctx: BookingContext): Result<BookingEvent[]> {
  const ids = Object.values(state.bookings)
    .filter((b) => b.status === 'booked' && windowClosed(b, ctx.settings, ctx.now))
    .map((b) => b.id);
  return ok(ids.length === 0 ? [] : [{ type: 'booking:no-show', at: ctx.now, bookingIds: ids }]);
}

export function decideBooking(
  state: Readonly<BookingState>,
  command: BookingCommand,
  ctx: BookingContext,
): Result<BookingEvent[]> {
  switch (command.type) {
    case 'book':
      return book(state, command, ctx);
    case 'cancel':
      return cancel(state, command, ctx);
    case 'record-check-in':
      return recordCheckIn(state, command, ctx);
    case 'sweep':
      return sweep(state, ctx);
  }
}
