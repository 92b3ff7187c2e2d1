// Bookings through a real server, real Socket.IO clients and real HTTP: a resident books on the public
// routes, checks in at the kiosk and is called at the booked time on the office clock; who sees which
// booking; what survives a restart; the public routes' throttle.
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_BOOKING_RULES,
  type Acks,
  type BookingPublicView,
  type BookingView,
  type InboundEvent,
  type PayloadIn,
  type Result,
  type SlotList,
} from '@kezek/shared';
import { openMemorySettings } from '../settings/settings-store.js';
import {
  demoSettingsOnce,
  expectOk,
  rid,
  send,
  startHarness,
  type Client,
  type Harness,
  type HarnessOptions,
} from '../test-support/harness.js';
import { memoryDayStore } from '../office/day-store.js';
import { memoryBookingStorage } from './booking-storage.js';

const MIN = 60_000;
/** Almaty wall time as an instant (UTC+5). */
const almaty = (iso: string) => Date.parse(`${iso}+05:00`);

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

function press<E extends InboundEvent>(
  socket: Client,
  event: E,
  payload: Omit<PayloadIn<E>, 'requestId'>,
): Promise<Result<Acks[E]>> {
  return send(socket, event, { requestId: rid(), ...payload } as PayloadIn<E>);
}

const clock = { now: almaty('2026-12-02T09:00:00') };

/** op2 works desk 5 only (applications); op1 any desk. */
async function start(options: HarnessOptions = {}) {
  const settings = demoSettingsOnce();
  const op2 = settings.users.find((u) => u.username === 'op2');
  if (op2) op2.deskIds = ['desk-5'];
  h = await startHarness({ settings: openMemorySettings(settings), clock: () => clock.now, ...options });
  return h;
}

async function enableLegal(harness: Harness) {
  const head = await harness.staff('head');
  const rules = {
    ...DEFAULT_BOOKING_RULES,
    enabled: true,
    slotMin: 15,
    leadMin: 30,
    earlyMin: 30,
    lateMin: 10,
  };
  expectOk(await send(head, 'booking:save-settings', { settings: { rules: { legal: rules } } }));
  return head;
}

async function http<T>(harness: Harness, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${harness.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const person = { sectorId: 'legal', name: 'Айгүл Серікова', phone: '+7 701 234 56 78', lang: 'kk' };

describe('a booking from the public page to the desk', () => {
  it('books, checks in at the kiosk, is called at the slot before earlier walk-ins, and is finished', async () => {
    clock.now = almaty('2026-12-02T09:00:00');
    const harness = await start();
    await enableLegal(harness);

    const options = await http<{ sectors: { id: string }[] }>(harness, '/api/book/options');
    expect(options.body.sectors.map((s) => s.id)).toEqual(['legal']);
    const slots = await http<SlotList>(harness, '/api/book/slots?sector=legal&day=2026-12-02');
    // 09:30 starts within the 30-minute lead: the first bookable slot is 09:45.
    expect(slots.body.slots[0]?.start).toBe('2026-12-02T09:45:00+05:00');
    const slot = almaty('2026-12-02T09:45:00');

    const made = await http<BookingPublicView>(harness, '/api/book', {
      ...person,
      start: slots.body.slots[0]?.start,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'booked', startAt: slot, phoneEnd: '78', cancellable: true });
    const { code } = made.body;
    const again = await http<{ error: string }>(harness, '/api/book', {
      ...person,
      phone: '+7 702 000 00 00',
      start: '2026-12-02T04:45:00Z',
    });
    expect(again).toEqual({ status: 409, body: { error: 'slot_full' } });
    // The code as a person types it back.
    const typed = await http<BookingPublicView>(harness, `/api/book/${code.toLowerCase().replace('-', ' ')}`);
    expect(typed.body.code).toBe(code);

    const op1 = await harness.staff('op1');
    const listed = expectOk(await send(op1, 'booking:list', {}));
    expect(listed.bookings.map((b) => [b.code, b.phone])).toEqual([[code, '+7 701 234 56 78']]);

    const kiosk = await harness.device('kiosk');
    const early = expectOk(await press(kiosk, 'kiosk:check-in', { code, lang: 'kk' }));
    expect(early).toEqual({ kind: 'refused', reason: 'too_early', opensAt: slot - 30 * MIN });

    clock.now = almaty('2026-12-02T09:20:00');
    const walkIn = expectOk(
      await press(kiosk, 'ticket:issue', { sectorId: 'legal', lang: 'ru', priority: null }),
    );
    clock.now = slot - 5 * MIN;
    const heard = new Promise<BookingView>((resolve) => op1.once('booking:changed', resolve));
    const checked = expectOk(
      await press(kiosk, 'kiosk:check-in', { code: code.replace('-', ''), lang: 'kk' }),
    );
    if (checked.kind !== 'booked') throw new Error(`expected a booked ticket, got ${checked.kind}`);
    expect((await heard).status).toBe('checked_in');
    expect(expectOk(await press(kiosk, 'kiosk:check-in', { code, lang: 'kk' }))).toEqual({
      kind: 'refused',
      reason: 'checked_in',
    });

    // Before the slot the walk-in goes first; at the slot the booked visitor, though they came later.
    const later = expectOk(
      await press(kiosk, 'ticket:issue', { sectorId: 'legal', lang: 'ru', priority: null }),
    );
    expectOk(await press(op1, 'desk:open', { deskId: 'desk-1' }));
    expect(expectOk(await press(op1, 'desk:call-next', { deskId: 'desk-1' })).number).toBe(
      walkIn.ticket.number,
    );
    expectOk(await press(op1, 'desk:start', { deskId: 'desk-1' }));
    clock.now = slot + MIN;
    const next = expectOk(
      await press(op1, 'desk:finish', { deskId: 'desk-1', outcome: 'solved', callNext: true }),
    );
    expect(next?.number).toBe(checked.issued.ticket.number);
    expect(next?.number).not.toBe(later.ticket.number);
    expectOk(await press(op1, 'desk:start', { deskId: 'desk-1' }));
    clock.now = slot + 6 * MIN;
    expectOk(await press(op1, 'desk:finish', { deskId: 'desk-1', outcome: 'consulted' }));
    const ticket = harness.app.office.queue.tickets[checked.issued.ticket.id];
    expect(ticket).toMatchObject({ status: 'finished', booking: { code, slotStart: slot, late: false } });

    const after = expectOk(await send(op1, 'booking:list', {}));
    expect(after.bookings[0]).toMatchObject({
      status: 'checked_in',
      ticketNumber: checked.issued.ticket.number,
    });
  });

  it('shows personal data only to staff of the sector and the head', async () => {
    clock.now = almaty('2026-12-02T09:00:00');
    const harness = await start();
    const head = await enableLegal(harness);
    const op1 = await harness.staff('op1');
    const made = expectOk(
      await press(op1, 'booking:create', { ...person, start: '2026-12-02T11:00:00+05:00', lang: 'ru' }),
    );
    expect(made.createdBy).toEqual({ kind: 'staff', userId: 'u-op1' });
    const op2 = await harness.staff('op2');
    expect(expectOk(await send(op2, 'booking:list', {})).bookings).toEqual([]);
    expect(await press(op2, 'booking:cancel', { code: made.code })).toEqual({
      ok: false,
      error: 'unknown_booking',
    });
    expect(expectOk(await send(head, 'booking:list', {})).bookings).toHaveLength(1);
    const kiosk = await harness.device('kiosk');
    expect(await send(kiosk, 'booking:list', {})).toEqual({ ok: false, error: 'forbidden' });
    expect(await press(op1, 'kiosk:check-in', { code: made.code, lang: 'kk' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await send(op1, 'booking:save-settings', { settings: { rules: {} } })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    // The public page sees the visitor's own booking without the phone number.
    const seen = await http<BookingPublicView>(harness, `/api/book/${made.code}`);
    expect(JSON.stringify(seen.body)).not.toContain('234 56');
  });

  it('keeps bookings across a restart; a late arrival gets a walk-in ticket, an absent one is a no-show', async () => {
    clock.now = almaty('2026-12-01T15:00:00');
    const storage = memoryBookingStorage();
    let harness = await start({ bookingStorage: storage });
    await enableLegal(harness);
    const settings = harness.settings;
    const first = await http<BookingPublicView>(harness, '/api/book', {
      ...person,
      start: '2026-12-02T10:00:00+05:00',
    });
    const second = await http<BookingPublicView>(harness, '/api/book', {
      ...person,
      phone: '+7 705 555 44 33',
      start: '2026-12-02T10:30:00+05:00',
    });
    await harness.close();

    clock.now = almaty('2026-12-02T10:25:00');
    harness = await startHarness({ settings, clock: () => clock.now, bookingStorage: storage });
    h = harness;
    const kiosk = await harness.device('kiosk');
    const late = expectOk(await press(kiosk, 'kiosk:check-in', { code: first.body.code, lang: 'ru' }));
    expect(late.kind).toBe('late');
    if (late.kind !== 'late') return;
    expect(harness.app.office.queue.tickets[late.issued.ticket.id]?.booking?.late).toBe(true);

    clock.now = almaty('2026-12-02T10:41:00');
    await harness.app.bookings.run({ type: 'sweep' }, { actorId: null, requestId: null }, () => null);
    const states = Object.values(harness.app.bookings.bookings.bookings).map((b) => [b.code, b.status]);
    expect(states).toEqual([
      [first.body.code, 'late_walk_in'],
      [second.body.code, 'no_show'],
    ]);
  });

  it('two kiosks scanning one code at once issue one ticket', async () => {
    clock.now = almaty('2026-12-02T09:00:00');
    const harness = await start();
    await enableLegal(harness);
    const made = await http<BookingPublicView>(harness, '/api/book', {
      ...person,
      start: '2026-12-02T09:45:00+05:00',
    });
    clock.now = almaty('2026-12-02T09:40:00');
    const [a, b] = [await harness.device('kiosk'), await harness.device('kiosk')];
    const answers = await Promise.all([
      press(a, 'kiosk:check-in', { code: made.body.code, lang: 'kk' }),
      press(b, 'kiosk:check-in', { code: made.body.code, lang: 'ru' }),
    ]);
    expect(answers.map((r) => expectOk(r).kind).sort()).toEqual(['booked', 'refused']);
    const marked = Object.values(harness.app.office.queue.tickets).filter((t) => t.booking);
    expect(marked).toHaveLength(1);
  });

  it('records at start a check-in whose ticket was issued before a crash kept the booking from hearing of it', async () => {
    clock.now = almaty('2026-12-02T09:00:00');
    const storage = memoryBookingStorage();
    const days = memoryDayStore();
    let harness = await start({ bookingStorage: storage, store: days });
    await enableLegal(harness);
    const settings = harness.settings;
    const made = await http<BookingPublicView>(harness, '/api/book', {
      ...person,
      start: '2026-12-02T09:45:00+05:00',
    });
    clock.now = almaty('2026-12-02T09:40:00');
    // The queue's half of a check-in alone, as if the server died before the booking journal's write.
    const booking = { code: made.body.code, slotStart: made.body.startAt, late: false };
    const issued = await harness.app.office.run(
      {
        type: 'issue',
        sectorId: 'legal',
        serviceId: null,
        priority: null,
        lang: 'kk',
        source: 'kiosk',
        booking,
      },
      { actorId: null, requestId: null },
      (events) => (events[0]?.type === 'ticket:issued' ? events[0].ticket.number : ''),
    );
    await harness.close();
    harness = await startHarness({ settings, store: days, clock: () => clock.now, bookingStorage: storage });
    h = harness;
    const b = Object.values(harness.app.bookings.bookings.bookings)[0];
    expect(b).toMatchObject({ status: 'checked_in', ticketNumber: expectOk(issued) });
    const kiosk = await harness.device('kiosk');
    expect(expectOk(await press(kiosk, 'kiosk:check-in', { code: made.body.code, lang: 'kk' }))).toEqual({
      kind: 'refused',
      reason: 'checked_in',
    });
  });

  it('answers a malformed request with invalid_payload and a switched-off service with booking_off', async () => {
    clock.now = almaty('2026-12-02T09:00:00');
    const harness = await start();
    await enableLegal(harness);
    const bad = await http<{ error: string }>(harness, '/api/book', {
      ...person,
      phone: '12',
      start: 'soon',
    });
    expect(bad).toEqual({ status: 400, body: { error: 'invalid_payload' } });
    const day = await http<{ error: string }>(harness, '/api/book/slots?sector=legal&day=2026-02-30');
    expect(day).toEqual({ status: 400, body: { error: 'invalid_payload' } });
    const off = await http<{ error: string }>(harness, '/api/book', {
      ...person,
      sectorId: 'akim',
      start: '2026-12-02T11:00:00+05:00',
    });
    expect(off).toEqual({ status: 400, body: { error: 'booking_off' } });
    const closed = await http<SlotList>(harness, '/api/book/slots?sector=akim&day=2026-12-02');
    expect(closed.body).toEqual({ day: '2026-12-02', open: false, slots: [] });
  });

  it('throttles code lookups per address, a wrong code costing what a right one does', async () => {
    clock.now = almaty('2026-12-02T09:00:00');
    const harness = await start();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1)
      statuses.push((await http(harness, `/api/book/AAAA-AA${String(i).padStart(2, '0')}`)).status);
    expect(statuses.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => 404));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Reading the options is a separate, larger allowance.
    expect((await http(harness, '/api/book/options')).status).toBe(200);
  });

  it('behind a trusted proxy throttles each resident by the address it forwards for, and believes no one else', async () => {
    clock.now = almaty('2026-12-02T09:00:00');
    const lookups = async (harness: Harness, forwardedFor: (i: number) => string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) {
        const res = await fetch(`${harness.url}/api/book/AAAA-AA${String(i).padStart(2, '0')}`, {
          headers: { 'x-forwarded-for': forwardedFor(i) },
        });
        statuses.push(res.status);
      }
      return statuses;
    };
    // The proxy (this test, on 127.0.0.1) forwards for twelve residents: none reaches the limit.
    const proxied = await start({ trustProxy: ['127.0.0.1'] });
    expect(await lookups(proxied, (i) => `203.0.113.${i + 1}`)).toEqual(
      Array.from({ length: 12 }, () => 404),
    );
    // One resident behind it still has one allowance.
    expect((await lookups(proxied, () => '198.51.100.7')).slice(10)).toEqual([429, 429]);
    await proxied.close();
    h = null;
    // Not named as a proxy: the header is anyone's to write, so the peer's address counts.
    const direct = await start();
    expect((await lookups(direct, (i) => `203.0.113.${i + 1}`)).slice(10)).toEqual([429, 429]);
  });
});
