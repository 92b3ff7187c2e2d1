// Booking events: the only thing the booking journal stores and the only input of evolveBooking.
import type { Booking, BookingCreator } from './types.js';

export type BookingEvent =
  | { type: 'booking:created'; at: number; booking: Booking }
  | { type: 'booking:cancelled'; at: number; bookingId: string; by: BookingCreator }
  | {
      type: 'booking:checked-in';
      at: number;
      bookingId: string;
      ticketId: string;
      ticketNumber: string;
      /** After the check-in window: the ticket is a walk-in's. */
      late: boolean;
    }
  /** The check-in window closed without a check-in. */
  | { type: 'booking:no-show'; at: number; bookingIds: string[] }
  /** A compacted journal starts with the bookings still kept. */
  | { type: 'bookings:restored'; at: number; bookings: Booking[] };

export type BookingEventType = BookingEvent['type'];
