// Apart from the schemas, so the pages can use the paths without bringing zod (whose start-up probe
// for eval breaks their Content-Security-Policy).
/**
 * The public HTTP routes (server/src/bookings/booking-routes.ts), for the /book page:
 *   GET  /api/book/options                     -> BookingOptions
 *   GET  /api/book/slots?sector=&service=&day= -> SlotList
 *   POST /api/book            bookingRequestSchema -> 201 BookingPublicView
 *   GET  /api/book/:code                       -> BookingPublicView | 404 { error: 'unknown_booking' }
 *   POST /api/book/:code/cancel                -> BookingPublicView | 404 | 409 { error: 'booking_not_active' }
 * Refusals are { error: ErrorCode } with 400/404/409/429; every route is throttled per address.
 */
export const BOOKING_HTTP = {
  options: '/api/book/options',
  slots: '/api/book/slots',
  book: '/api/book',
} as const;
