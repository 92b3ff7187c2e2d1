// The desk's bookings: today's list for the specialist's sectors, kept fresh by the server's pushes, and
// the quick form for a caller on the phone (service, day, a free slot, name, phone).
import {
  BOOKING_HTTP,
  localDate,
  newRequestId,
  type BookingOptions,
  type BookingView,
  type ErrorCode,
  type PayloadIn,
  type Slot,
} from '@kezek/shared';
import type { Connection } from '../lib/connection.svelte.ts';

const BOOK_OPTIONS = BOOKING_HTTP.options;

export type BookingMode = 'list' | 'new';
export type NewBooking = Omit<PayloadIn<'booking:create'>, 'requestId'>;

export class BookingDesk {
  day = $state<string | null>(null);
  bookings = $state.raw<BookingView[]>([]);
  mode = $state<BookingMode>('list');
  /** Bookable services with their names, as the public page sees them. */
  options = $state.raw<BookingOptions | null>(null);
  slots = $state.raw<Slot[]>([]);
  slotsOpen = $state(true);
  error = $state<ErrorCode | null>(null);
  busy = $state(false);
  /** The booking this desk just made, so its code can be read to the caller. */
  made = $state.raw<BookingView | null>(null);
  #request: PayloadIn<'booking:create'> | null = null;

  constructor(private readonly conn: Connection) {
    conn.onBookingChanged((view) => this.#take(view));
  }

  async refresh(): Promise<void> {
    const r = await this.conn.send('booking:list', { day: null });
    if (!r.ok) return;
    this.day = r.data.day;
    this.bookings = [...r.data.bookings].sort((a, b) => a.startAt - b.startAt);
  }

  /** The office's today, on the server's clock (a desk PC's own clock may be off). */
  today(timeZone: string): string {
    return localDate(Date.now() + this.conn.clockOffset, timeZone);
  }

  async open(): Promise<void> {
    this.mode = 'new';
    this.error = null;
    this.made = null;
    try {
      const res = await fetch(BOOK_OPTIONS, { cache: 'no-store' });
      if (res.ok) this.options = (await res.json()) as BookingOptions;
    } catch {
      this.options = null;
    }
  }

  async loadSlots(sectorId: string, serviceId: string | null, day: string): Promise<void> {
    const r = await this.conn.send('booking:slots', { sectorId, serviceId, day });
    this.slots = r.ok ? r.data.slots.filter((s) => s.free > 0) : [];
    this.slotsOpen = r.ok ? r.data.open : false;
  }

  /** Sent once per press; "try again" after a timeout reuses the request id, so nothing is booked twice. */
  async create(booking: NewBooking): Promise<void> {
    if (this.busy) return;
    this.#request ??= { ...booking, requestId: newRequestId() };
    this.busy = true;
    this.error = null;
    const r = await this.conn.send('booking:create', this.#request);
    this.busy = false;
    if (!r.ok) {
      this.error = r.error;
      if (r.error !== 'timeout') this.#request = null;
      return;
    }
    this.#request = null;
    this.made = r.data;
    this.mode = 'list';
    this.#take(r.data);
  }

  close(): void {
    this.#request = null;
    this.mode = 'list';
  }

  #take(view: BookingView): void {
    if (this.day !== null && view.day !== this.day) return;
    const rest = this.bookings.filter((b) => b.id !== view.id);
    this.bookings = [...rest, view].sort((a, b) => a.startAt - b.startAt);
  }
}
