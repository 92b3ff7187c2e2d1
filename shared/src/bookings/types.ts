// Bookings: a visitor books a time for a sector's service, checks in at the kiosk and is called at that
// time. A booking lives for days or weeks before its slot, so like a case it is kept apart from the
// day's queue; the ticket a check-in issues carries a booking mark the queue policy reads.
import type { IsoDate } from '../calendar/dates.js';
import type { Lang, WeekHours } from '../queue/types.js';
import type { IssuedTicket } from '../views.js';

/** What the office sets for one bookable service (or a sector booked as a whole). */
export interface BookingRules {
  enabled: boolean;
  /** Week hours that take bookings; null: the sector's hours, or the office's when the sector has none. */
  hours: WeekHours | null;
  /** Length of one slot in minutes; slots start at the opening minute and end by the closing minute. */
  slotMin: number;
  /** Visitors one slot takes (about the number of desks that serve the service). */
  perSlot: number;
  /** How many days ahead a slot may be booked (0: today only). */
  aheadDays: number;
  /** A slot can still be booked up to this many minutes before it starts. */
  leadMin: number;
  /** Bookings not yet used (booked, slot not yet over) one phone or IIN may hold for this service. */
  perPerson: number;
  /** Check-in opens this many minutes before the slot. */
  earlyMin: number;
  /** Check-in after the slot start by more than this makes a walk-in ticket; the booking is then a no-show if unused. */
  lateMin: number;
}

export const DEFAULT_BOOKING_RULES: BookingRules = {
  enabled: false,
  hours: null,
  slotMin: 15,
  perSlot: 1,
  aheadDays: 14,
  leadMin: 60,
  perPerson: 1,
  earlyMin: 30,
  lateMin: 10,
};

/** Booking rules of the office, by bookable key (see bookingKey); a service with no entry takes no bookings. */
export interface BookingSettings {
  rules: Record<string, BookingRules>;
  /** Residents give their IIN as well (checked by its check digit); off by default. */
  iinEnabled?: boolean;
}

export const DEFAULT_BOOKING_SETTINGS: BookingSettings = { rules: {} };

/** The settings key of a service's rules: "sector/service", or the sector id for a sector booked as a whole. */
export const bookingKey = (sectorId: string, serviceId: string | null): string =>
  serviceId === null ? sectorId : `${sectorId}/${serviceId}`;

export const BOOKING_STATUSES = ['booked', 'cancelled', 'checked_in', 'no_show', 'late_walk_in'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Who made it: the public page, or the signed-in staff member's id. */
export type BookingCreator = { kind: 'public' } | { kind: 'staff'; userId: string };

export interface Booking {
  id: string;
  /** What the visitor holds: 8 Crockford base32 characters in two groups, "7KQ4-M2XD" (codes.ts). */
  code: string;
  /** The office day of the slot, in the office's zone. */
  day: IsoDate;
  /** The slot's start as an ISO instant (with its offset) and as epoch ms; both name the same moment. */
  start: string;
  startAt: number;
  /** Slot length at booking time, so a later change of the rules does not move this visitor's slot. */
  slotMin: number;
  sectorId: string;
  serviceId: string | null;
  name: string;
  /** As the visitor typed it; `phoneKey` is the digits the per-person limit compares. */
  phone: string;
  phoneKey: string;
  iin: string | null;
  lang: Lang;
  status: BookingStatus;
  /** The ticket a check-in issued (checked_in or late_walk_in). */
  ticketId: string | null;
  ticketNumber: string | null;
  createdAt: number;
  createdBy: BookingCreator;
  /** When it left `booked`: cancelled, checked in, no-show. */
  endedAt: number | null;
  cancelledBy: BookingCreator | null;
}

export interface BookingState {
  bookings: Record<string, Booking>;
  byCode: Record<string, string>;
}

export const initialBookingState = (): BookingState => ({ bookings: {}, byCode: {} });

/** One slot offered to a visitor. */
export interface Slot {
  start: string;
  startAt: number;
  /** Places still free. */
  free: number;
}

/** What the kiosk's "I have a booking" answers. */
export type CheckInResult =
  /** On time: a ticket marked as booked, printed like any other; `issued` is what ticket:issue answers. */
  | { kind: 'booked'; issued: IssuedTicket; slotStart: number }
  /** Too late for the slot: an ordinary walk-in ticket, and the kiosk says why. */
  | { kind: 'late'; issued: IssuedTicket; slotStart: number }
  | { kind: 'refused'; reason: CheckInRefusal; /** too_early: when check-in opens. */ opensAt?: number };

export const CHECK_IN_REFUSALS = [
  'unknown',
  'cancelled',
  'too_early',
  'checked_in',
  'other_day',
  'no_show',
] as const;
export type CheckInRefusal = (typeof CHECK_IN_REFUSALS)[number];
