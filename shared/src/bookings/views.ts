// What each audience sees of a booking. The public page sees one booking by its code and only what the
// visitor gave; staff of the sector see the whole booking; the phone key stays on the server.
import type { IsoDate } from '../calendar/dates.js';
import type { Names } from '../queue/types.js';
import type { Booking, BookingRules, BookingSettings, BookingStatus, CheckInResult, Slot } from './types.js';

export type BookingView = Omit<Booking, 'phoneKey'>;

export interface BookingPublicView {
  code: string;
  day: IsoDate;
  start: string;
  startAt: number;
  slotMin: number;
  sectorId: string;
  serviceId: string | null;
  /** The sector's and service's names, so the page needs no second request. */
  sectorNames: Names;
  serviceNames: Names | null;
  name: string;
  /** Only the last two digits: the page confirms the number without showing it to whoever holds the code. */
  phoneEnd: string;
  status: BookingStatus;
  /** Check-in at the kiosk opens and closes at these instants. */
  checkInFrom: number;
  checkInUntil: number;
  /** Whether the visitor may still cancel it from the page. */
  cancellable: boolean;
}

/** GET /api/book/options: what takes bookings now, names in every language. */
export interface BookingOptions {
  officeName: Names;
  timeZone: string;
  iinEnabled: boolean;
  sectors: {
    id: string;
    letter: string;
    names: Names;
    /** Bookable services; a sector booked as a whole has one entry with a null id and the sector's names. */
    services: { id: string | null; names: Names; slotMin: number; aheadDays: number }[];
  }[];
}

/** GET /api/book/slots: the day's slots that still take a booking, with places left. */
export interface SlotList {
  day: IsoDate;
  /** False: the service takes no bookings that day (a holiday, a closed weekday, beyond the window). */
  open: boolean;
  slots: Slot[];
}

/** booking:list: one day's bookings of the sectors the caller serves, by slot. */
export interface BookingList {
  day: IsoDate;
  bookings: BookingView[];
}

/** booking:settings: the rules with their defaults, for the setup screen. */
export interface BookingSettingsView {
  settings: BookingSettings;
  defaults: BookingRules;
}

export type { CheckInResult };
