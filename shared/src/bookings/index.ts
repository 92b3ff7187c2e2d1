// Bookings as pure functions: slots from the rules and the calendar, the lifecycle as
// (state, command, {now, codes}) -> events, and what each audience sees.
export * from './types.js';
export * from './views.js';
export {
  codeCandidates,
  codeFromBytes,
  isBookingCode,
  normalizeCode,
  CODE_ALPHABET,
  CODE_BYTES,
} from './codes.js';
