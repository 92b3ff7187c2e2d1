// What the socket handlers and the public routes need of bookings: making and cancelling them, the
// day's list for the sectors a specialist serves, free slots, and the kiosk's check-in, which issues a
// ticket through the queue's own command path. Announces each change to the staff who may see it.
import {
  bookingView,
  checkInVerdict,
  codeCandidates,
  fail,
  freeSlots,
  issuedTicket,
  localDate,
  ok,
  type Booking,
  type BookingCreator,
  type BookingEvent,
  type BookingList,
  type BookingRequest,
  type BookingRulesOf,
  type BookingView,
  type CheckInResult,
  type EventOf,
  type IsoDate,
  type Lang,
  type Result,
  type SessionUser,
  type SlotList,
  type Ticket,
} from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import { servedSectors } from '../cases/case-access.js';
import type { Logger } from '../logger.js';
import type { Office } from '../office/office.js';
import { RequestLog } from '../office/request-log.js';
import { staffRooms } from '../staff-rooms.js';
import type { BookingStore } from './booking-store.js';

export interface BookingServiceDeps {
  store: BookingStore;
  office: Office;
  settings: SettingsPort;
  clock: () => number;
  rules: () => BookingRulesOf;
  log: Logger;
  /** Sends a changed booking to the named rooms (the socket server's `to(rooms).emit`); null in tests. */
  emit: ((rooms: string[], view: BookingView) => void) | null;
}

/** Staff of the booking's sector, and the head: the only people who see its personal data. */
export function canSeeBooking(
  actor: SessionUser,
  b: Pick<Booking, 'sectorId'>,
  settings: SettingsPort,
): boolean {
  if (actor.role === 'head') return true;
  return actor.role === 'operator' && servedSectors(actor, settings.data.office).has(b.sectorId);
}

/** The ticket today's queue issued for this booking code, if any. */
function ticketOf(office: Office, code: string): Ticket | null {
  for (const t of Object.values(office.queue.tickets)) if (t.booking?.code === code) return t;
  return null;
}

export class BookingService {
  /** One check-in at a time per code: two kiosks scanning the same code must not both issue. */
  private checkingIn = new Map<string, Promise<unknown>>();
  private checkIns = new RequestLog();

  constructor(private readonly deps: BookingServiceDeps) {
    deps.store.onCommitted((events) => this.announce(events));
  }

  get store(): BookingStore {
    return this.deps.store;
  }

  /**
   * The booking a typed or scanned code means. Every candidate is a lookup in one map, found or not,
   * so a wrong code costs what a right one does and timing tells nothing.
   */
  findByCode(typed: string): Booking | null {
    const { byCode, bookings } = this.deps.store.bookings;
    let found: Booking | null = null;
    for (const code of codeCandidates(typed)) {
      const id = byCode[code];
      const b = id === undefined ? undefined : bookings[id];
      if (b && !found) found = b;
    }
    return found;
  }

  create(request: BookingRequest, by: BookingCreator, requestId: string | null): Promise<Result<Booking>> {
    const actorId = by.kind === 'staff' ? by.userId : null;
    return this.deps.store.run({ type: 'book', request, by }, { actorId, requestId }, (events, state) => {
      const made = events.find(
        (e): e is Extract<BookingEvent, { type: 'booking:created' }> => e.type === 'booking:created',
      );
      return state.bookings[made?.booking.id ?? ''] as Booking;
    });
  }

  /** Staff cancel only bookings of their sectors; any other code reads as unknown. */
  async cancel(
    typed: string,
    by: BookingCreator,
    actor: SessionUser | null,
    requestId: string | null,
  ): Promise<Result<Booking>> {
    const b = this.findByCode(typed);
    if (!b || (actor && !canSeeBooking(actor, b, this.deps.settings))) return fail('unknown_booking');
    return this.deps.store.run(
      { type: 'cancel', code: b.code, by },
      { actorId: actor?.id ?? null, requestId },
      (_e, s) => s.bookings[b.id] as Booking,
    );
  }

  list(actor: SessionUser, day: IsoDate | null): BookingList {
    const on = day ?? localDate(this.deps.clock(), this.deps.settings.data.office.timeZone);
    const bookings = Object.values(this.deps.store.bookings.bookings)
      .filter((b) => b.day === on && canSeeBooking(actor, b, this.deps.settings))
      .sort((a, b) => a.startAt - b.startAt || a.createdAt - b.createdAt)
      .map(bookingView);
    return { day: on, bookings };
  }

  slots(sectorId: string, serviceId: string | null, day: IsoDate, staff: boolean): SlotList {
    return freeSlots(
      this.deps.store.bookings,
      this.deps.rules(),
      sectorId,
      serviceId,
      day,
      this.deps.clock(),
      staff,
    );
  }

  /** The kiosk's "I have a booking". Retries with the same request id get the first answer. */
  checkIn(kiosk: SessionUser, typed: string, lang: Lang, requestId: string): Promise<Result<CheckInResult>> {
    const key = `${kiosk.id}:${requestId}`;
    const earlier = this.checkIns.find<CheckInResult>(key);
    if (earlier) return earlier;
    const b = this.findByCode(typed);
    const code = b?.code ?? '';
    const before = this.checkingIn.get(code) ?? Promise.resolve();
    const attempt = before.then(() => this.checkInNow(kiosk, b?.id ?? null, lang, requestId));
    this.checkingIn.set(
      code,
      attempt.catch(() => undefined),
    );
    void attempt.finally(() => {
      if (this.checkingIn.get(code) === attempt) this.checkingIn.delete(code);
    });
    this.checkIns.track(key, attempt);
    void attempt.then((r) => r.ok && this.checkIns.answer(key, r.data));
    return attempt;
  }

  private async checkInNow(
    kiosk: SessionUser,
    id: string | null,
    lang: Lang,
    requestId: string,
  ): Promise<Result<CheckInResult>> {
    const b = id === null ? null : (this.deps.store.bookings.bookings[id] ?? null);
    const zone = this.deps.settings.data.office.timeZone;
    // The queue is asked first: a ticket it already holds for this code means the booking was used, even
    // if a crash kept the booking journal from hearing of it (mendCheckIns records it at start).
    if (b && ticketOf(this.deps.office, b.code)) return ok({ kind: 'refused', reason: 'checked_in' });
    const verdict = checkInVerdict(b, this.deps.rules().settings, zone, this.deps.clock());
    if (verdict.kind === 'refused' || !b)
      return ok(verdict.kind === 'refused' ? verdict : { kind: 'refused', reason: 'unknown' });
    const late = verdict.kind === 'late';
    const issued = await this.deps.office.run(
      {
        type: 'issue',
        sectorId: b.sectorId,
        serviceId: b.serviceId,
        priority: null,
        lang,
        source: kiosk.id,
        booking: { code: b.code, slotStart: b.startAt, late },
      },
      { actorId: kiosk.id, requestId },
      (events, state) => {
        const e = events.find((x): x is EventOf<'ticket:issued'> => x.type === 'ticket:issued');
        const ticket = state.tickets[e?.ticket.id ?? ''] as Ticket;
        return issuedTicket(state, ticket, e?.at ?? ticket.issuedAt);
      },
    );
    if (!issued.ok) return issued;
    await this.record(b.code, issued.data.ticket.id, issued.data.ticket.number, late);
    return ok({ kind: late ? 'late' : 'booked', issued: issued.data, slotStart: b.startAt });
  }

  /** A new business day: yesterday's check-in answers are no retry's any more (and would pile up for months). */
  forgetCheckIns(): void {
    this.checkIns.clear();
  }

  /** The booking hears of its ticket; a failure here leaves the ticket valid and is mended at start. */
  private async record(code: string, ticketId: string, ticketNumber: string, late: boolean): Promise<void> {
    const r = await this.deps.store.run(
      { type: 'record-check-in', code, ticketId, ticketNumber, late },
      { actorId: null, requestId: null },
      () => null,
    );
    if (!r.ok) this.deps.log.warn({ code: r.error, ticketId }, 'check-in not recorded on the booking yet');
  }

  /** After a crash between issuing a check-in's ticket and recording it: record what today's queue holds. */
  async mendCheckIns(): Promise<void> {
    const { bookings, byCode } = this.deps.store.bookings;
    for (const t of Object.values(this.deps.office.queue.tickets)) {
      if (!t.booking || t.previousLegId !== null) continue;
      const b = bookings[byCode[t.booking.code] ?? ''];
      if (b && (b.status === 'booked' || b.status === 'no_show'))
        await this.record(b.code, t.id, t.number, t.booking.late);
    }
  }

  /** Marks bookings whose check-in window closed as no-shows. */
  async sweep(): Promise<void> {
    const r = await this.deps.store.run({ type: 'sweep' }, { actorId: null, requestId: null }, () => null);
    if (!r.ok) this.deps.log.warn({ code: r.error }, 'booking no-show sweep failed');
  }

  private announce(events: BookingEvent[]): void {
    const emit = this.deps.emit;
    if (!emit) return;
    const ids = new Set<string>();
    for (const e of events) {
      if (e.type === 'booking:created') ids.add(e.booking.id);
      else if (e.type === 'booking:no-show') for (const id of e.bookingIds) ids.add(id);
      else if ('bookingId' in e) ids.add(e.bookingId);
    }
    for (const id of ids) {
      const b = this.deps.store.bookings.bookings[id];
      if (!b) continue;
      const rooms = staffRooms(this.deps.settings.data.users, (actor) =>
        canSeeBooking(actor, b, this.deps.settings),
      );
      emit(rooms, bookingView(b));
    }
  }
}
