// The office every booking test uses: the queue's fixture office, the legal sector's property service
// taking bookings, the shipped calendar, and a driver with a movable clock. Imported by tests only.
import { defaultCalendar } from '../calendar/calendar.js';
import type { Result } from '../errors.js';
import { fixtureConfig, ZONE } from '../queue/test-fixture.js';
import type { OfficeConfig } from '../queue/types.js';
import type { BookingRequest } from '../booking-schemas.js';
import { codeFromBytes } from './codes.js';
import type { BookingCommand } from './commands.js';
import type { BookingEvent } from './events.js';
import { executeBooking } from './evolve.js';
import type { BookingContext } from './rules.js';
import {
  DEFAULT_BOOKING_RULES,
  initialBookingState,
  type BookingRules,
  type BookingSettings,
  type BookingState,
} from './types.js';

export const MIN = 60_000;
/** Almaty wall time as an instant (UTC+5). */
export const almaty = (iso: string): number => Date.parse(`${iso}+05:00`);

export const RULES: BookingRules = { ...DEFAULT_BOOKING_RULES, enabled: true, perSlot: 2, perPerson: 2 };

export function settingsWith(rules: Partial<BookingRules> = {}): BookingSettings {
  return { rules: { 'legal/property': { ...RULES, ...rules } } };
}

export function request(start: string, extra: Partial<BookingRequest> = {}): BookingRequest {
  return {
    sectorId: 'legal',
    serviceId: 'property',
    start,
    name: 'Айгүл Серікова',
    phone: '+7 701 234 56 78',
    iin: null,
    lang: 'kk',
    ...extra,
  };
}

/** Codes from a counter, so tests can predict them and force a collision. */
export function counterCodes(start = 1): () => string {
  let n = start;
  return () => {
    const bytes = new Uint8Array(5);
    new DataView(bytes.buffer).setUint32(1, n++);
    return codeFromBytes(bytes);
  };
}

export class BookingDriver {
  state: BookingState = initialBookingState();
  events: BookingEvent[] = [];
  private id = 0;

  constructor(
    public now: number,
    public settings: BookingSettings = settingsWith(),
    public office: OfficeConfig = fixtureConfig(),
    public newCode: () => string = counterCodes(),
  ) {}

  ctx(): BookingContext {
    return {
      now: this.now,
      newId: () => `b${++this.id}`,
      newCode: this.newCode,
      office: this.office,
      settings: this.settings,
      calendar: defaultCalendar(ZONE),
    };
  }

  run(command: BookingCommand): Result<BookingEvent[]> {
    const r = executeBooking(this.state, command, this.ctx());
    if (r.ok) this.events.push(...r.data);
    return r;
  }

  book(start: string, extra: Partial<BookingRequest> = {}) {
    return this.run({ type: 'book', request: request(start, extra), by: { kind: 'public' } });
  }
}
