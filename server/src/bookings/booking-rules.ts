// The office's booking rules as the pure functions read them: the set-up, the booking settings and the
// calendar of the case settings (the same holidays and transfers close bookings and count appeal days).
import { DEFAULT_BOOKING_SETTINGS, type BookingRulesOf } from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import { caseRulesOf } from '../cases/case-rules.js';

export function bookingRulesOf(settings: SettingsPort): () => BookingRulesOf {
  const cases = caseRulesOf(settings);
  return () => ({
    office: settings.data.office,
    settings: settings.data.bookings ?? DEFAULT_BOOKING_SETTINGS,
    // caseRulesOf hands out the same calendar object between saves, so slot lists stay lookups.
    calendar: cases().calendar,
  });
}
