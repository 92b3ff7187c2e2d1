// The office's booking rules as the pure functions read them: settings, the office set-up and its
// calendar, plus time and fresh ids and codes, all passed in.
import type { WorkCalendar } from '../calendar/calendar.js';
import type { OfficeConfig, Sector, Service } from '../queue/types.js';
import {
  bookingKey,
  DEFAULT_BOOKING_RULES,
  type Booking,
  type BookingRules,
  type BookingSettings,
} from './types.js';

export interface BookingRulesOf {
  office: OfficeConfig;
  settings: BookingSettings;
  calendar: WorkCalendar;
}

export interface BookingContext extends BookingRulesOf {
  now: number;
  newId: () => string;
  /** A fresh code from the server's crypto (codeFromBytes); decide retries if one is already taken. */
  newCode: () => string;
}

export interface Bookable {
  sector: Sector;
  service: Service | null;
  rules: BookingRules;
}

/** The sector, service and rules of a bookable service, or null when it takes no bookings. */
export function bookableOf(r: BookingRulesOf, sectorId: string, serviceId: string | null): Bookable | null {
  const sector = r.office.sectors.find((s) => s.id === sectorId);
  if (!sector?.enabled) return null;
  const service = serviceId === null ? null : (sector.services.find((s) => s.id === serviceId) ?? null);
  if (serviceId !== null && !service) return null;
  const rules = r.settings.rules[bookingKey(sectorId, serviceId)];
  return rules?.enabled ? { sector, service, rules } : null;
}

/** The windows that apply to an existing booking: its service's rules now, or the defaults if they went. */
export function windowsOf(settings: BookingSettings, b: Booking): BookingRules {
  return settings.rules[bookingKey(b.sectorId, b.serviceId)] ?? DEFAULT_BOOKING_RULES;
}

/** The check-in window has closed: the slot's start plus lateMin has passed (that minute itself is on time). */
export function windowClosed(b: Booking, settings: BookingSettings, now: number): boolean {
  return now > b.startAt + windowsOf(settings, b).lateMin * 60_000;
}
