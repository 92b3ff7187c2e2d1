// Bookings as pure functions: slots from the rules and the calendar, the lifecycle as
// (state, command, {now, ids, codes, rules}) -> events, and what each audience sees.
export * from './types.js';
export * from './views.js';
export type { BookingCommand } from './commands.js';
export type { BookingEvent, BookingEventType } from './events.js';
export {
  codeCandidates,
  codeFromBytes,
  isBookingCode,
  normalizeCode,
  CODE_ALPHABET,
  CODE_BYTES,
} from './codes.js';
export { checkInVerdict, type CheckInVerdict } from './check-in.js';
export { decideBooking, mayCancel } from './decide.js';
export { evolveBooking, executeBooking, replayBookings } from './evolve.js';
export { phoneKey } from './phone.js';
export { bookingOptions, bookingPublicView, bookingView } from './project.js';
export { bookableOf, windowsOf, type Bookable, type BookingContext, type BookingRulesOf } from './rules.js';
export { bookingHours, isoInZone, localInstant, openingOf, slotStarts } from './slots.js';
export { freeSlots, takenAt } from './usage.js';
export { BOOKING_HTTP } from './routes.js';
