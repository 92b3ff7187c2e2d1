// What is asked of bookings. `by` comes from the server: the public page or the signed-in user.
import type { BookingRequest } from '../booking-schemas.js';
import type { BookingCreator } from './types.js';

export type BookingCommand =
  | { type: 'book'; request: BookingRequest; by: BookingCreator }
  | { type: 'cancel'; code: string; by: BookingCreator }
  /** Records the ticket a check-in issued (the queue issued it first: see server/src/bookings). */
  | { type: 'record-check-in'; code: string; ticketId: string; ticketNumber: string; late: boolean }
  /** Marks every booking whose check-in window has closed as a no-show. */
  | { type: 'sweep' };
