// How full the slots are, and the slot list a visitor chooses from.
import type { IsoDate } from '../calendar/dates.js';
import { bookableOf, type BookingRulesOf } from './rules.js';
import { bookingHours, dayInWindow, isoInZone, slotStarts, slotStillBookable } from './slots.js';
import type { BookingState, Slot } from './types.js';
import type { SlotList } from './views.js';

/** Places taken at one slot: every booking not cancelled (a no-show still had its place). */
export function takenAt(
  state: Readonly<BookingState>,
  sectorId: string,
  serviceId: string | null,
  startAt: number,
): number {
  let n = 0;
  for (const b of Object.values(state.bookings))
    if (
      b.startAt === startAt &&
      b.sectorId === sectorId &&
      b.serviceId === serviceId &&
      b.status !== 'cancelled'
    )
      n += 1;
  return n;
}

function takenOn(state: Readonly<BookingState>, sectorId: string, serviceId: string | null, day: IsoDate) {
  const out = new Map<number, number>();
  for (const b of Object.values(state.bookings))
    if (b.day === day && b.sectorId === sectorId && b.serviceId === serviceId && b.status !== 'cancelled')
      out.set(b.startAt, (out.get(b.startAt) ?? 0) + 1);
  return out;
}

/** The day's slots that can still be booked at `now`, with places left; full ones are left out. */
export function freeSlots(
  state: Readonly<BookingState>,
  r: BookingRulesOf,
  sectorId: string,
  serviceId: string | null,
  day: IsoDate,
  now: number,
  staff = false,
): SlotList {
  const bookable = bookableOf(r, sectorId, serviceId);
  const zone = r.office.timeZone;
  if (!bookable || !dayInWindow(bookable.rules, day, now, zone)) return { day, open: false, slots: [] };
  const { rules } = bookable;
  const starts = slotStarts(bookingHours(rules, bookable.sector, r.office), r.calendar, day, rules.slotMin);
  const taken = takenOn(state, sectorId, serviceId, day);
  const slots: Slot[] = [];
  for (const startAt of starts) {
    const free = rules.perSlot - (taken.get(startAt) ?? 0);
    if (free > 0 && slotStillBookable(rules, startAt, now, staff))
      slots.push({ start: isoInZone(startAt, zone), startAt, free });
  }
  return { day, open: starts.length > 0, slots };
}
