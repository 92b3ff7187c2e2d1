// The closed list of error codes a client can ever see. Each has a message in every language in
// i18n/; anything unexpected becomes `internal` and the details stay in the server log.
export const ERROR_CODES = [
  // boundary
  'invalid_payload',
  'unauthorized',
  'forbidden',
  'bad_credentials',
  'session_expired',
  'rate_limited',
  'timeout',
  'internal',
  'storage_failed',
  // devices
  'pairing_unknown',
  'device_revoked',
  // office and day
  'day_not_open',
  'day_closed',
  'unknown_sector',
  'unknown_service',
  'unknown_desk',
  'unknown_ticket',
  'sector_disabled',
  'outside_hours',
  'daily_limit_reached',
  'no_open_desk',
  'priority_not_allowed',
  'invalid_config',
  // the head's setup: what exactly is wrong, so the screen can say it
  'hours_invalid',
  'time_zone_unknown',
  'languages_empty',
  'service_name_empty',
  'media_type',
  'media_too_large',
  'restore_invalid',
  // desk work
  'desk_closed',
  'desk_paused',
  'desk_busy',
  'desk_idle',
  'desk_taken',
  'operator_elsewhere',
  'queue_empty',
  'ticket_not_waiting',
  'ticket_not_for_desk',
  'not_started',
  'already_started',
  'same_sector',
  'ticket_not_finished',
  'already_rated',
  'no_show_too_early',
  // follow-up cases
  'unknown_case',
  'case_closed',
  'case_open',
  'case_exists',
  'already_extended',
  'extension_invalid',
  'iin_invalid',
  'iin_disabled',
  'case_same_place',
  // bookings
  'booking_off',
  'slot_unavailable',
  'slot_full',
  'booking_limit',
  'unknown_booking',
  'booking_not_active',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorCode };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T = never>(error: ErrorCode): Result<T> => ({ ok: false, error });
