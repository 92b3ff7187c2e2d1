// Folds booking events into the state in place, as the case store does: replay must stay linear.
import type { Result } from '../errors.js';
import type { BookingCommand } from './commands.js';
import { decideBooking } from './decide.js';
import type { BookingEvent } from './events.js';
import type { BookingContext } from './rules.js';
import { initialBookingState, type Booking, type BookingState } from './types.js';

function bookingOf(state: BookingState, id: string): Booking {
  const found = state.bookings[id];
  // decideBooking never emits an event about an unknown booking; a journal that does is corrupt.
  if (!found) throw new Error(`event refers to unknown booking ${id}`);
  return found;
}

export function evolveBooking(state: BookingState, e: BookingEvent): void {
  switch (e.type) {
    case 'booking:created':
      state.bookings[e.booking.id] = { ...e.booking };
      state.byCode[e.booking.code] = e.booking.id;
      return;
    case 'booking:cancelled':
      Object.assign(bookingOf(state, e.bookingId), { status: 'cancelled', endedAt: e.at, cancelledBy: e.by });
      return;
    case 'booking:checked-in':
      Object.assign(bookingOf(state, e.bookingId), {
        status: e.late ? 'late_walk_in' : 'checked_in',
        ticketId: e.ticketId,
        ticketNumber: e.ticketNumber,
        endedAt: e.at,
      });
      return;
    case 'booking:no-show':
      for (const id of e.bookingIds)
        Object.assign(bookingOf(state, id), { status: 'no_show', endedAt: e.at });
      return;
    case 'bookings:restored':
      state.bookings = {};
      state.byCode = {};
      for (const b of e.bookings) {
        state.bookings[b.id] = { ...b };
        state.byCode[b.code] = b.id;
      }
      return;
  }
}

/** Decides and applies one command; the events are returned for the journal. */
export function executeBooking(
  state: BookingState,
  command: BookingCommand,
  ctx: BookingContext,
): Result<BookingEvent[]> {
  const decided = decideBooking(state, command, ctx);
  if (decided.ok) for (const e of decided.data) evolveBooking(state, e);
  return decided;
}

export function replayBookings(events: readonly BookingEvent[]): BookingState {
  const state = initialBookingState();
  for (const e of events) evolveBooking(state, e);
  return state;
}
