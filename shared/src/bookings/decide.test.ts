import { describe, expect, it } from 'vitest';
import { checkInVerdict } from './check-in.js';
import { counterCodes, almaty, BookingDriver, MIN, settingsWith } from './test-fixture.js';
import { bookingPublicView } from './project.js';

const SLOT = '2026-12-02T10:00:00+05:00';
const slotAt = almaty('2026-12-02T10:00:00');
const evening = almaty('2026-12-01T18:30:00');

function codeOf(d: BookingDriver): string {
  const last = d.events.at(-1);
  if (last?.type !== 'booking:created') throw new Error('no booking made');
  return last.booking.code;
}

describe('booking', () => {
  it('takes a free slot and gives a code; refuses when the slot is full', () => {
    const d = new BookingDriver(evening, settingsWith({ perSlot: 2, perPerson: 5 }));
    expect(d.book(SLOT).ok).toBe(true);
    expect(d.book(SLOT, { phone: '+7 702 000 00 01' }).ok).toBe(true);
    expect(d.book(SLOT, { phone: '+7 702 000 00 02' })).toEqual({ ok: false, error: 'slot_full' });
    // A cancellation frees the place.
    d.run({ type: 'cancel', code: codeOf(d), by: { kind: 'public' } });
    expect(d.book(SLOT, { phone: '+7 702 000 00 02' }).ok).toBe(true);
  });

  it('holds one phone or IIN to the per-person limit, however the number is written', () => {
    const d = new BookingDriver(evening, settingsWith({ perPerson: 1 }));
    d.settings.iinEnabled = true;
    expect(d.book(SLOT, { iin: '900101300017' }).ok).toBe(true);
    expect(d.book('2026-12-02T11:00:00+05:00', { phone: '8 (701) 234-56-78' })).toEqual({
      ok: false,
      error: 'booking_limit',
    });
    expect(d.book('2026-12-02T11:00:00+05:00', { phone: '+7 777 111 22 33', iin: '900101300017' })).toEqual({
      ok: false,
      error: 'booking_limit',
    });
    // Once the check-in window of the first has passed, the person may book again.
    d.now = slotAt + 11 * MIN;
    expect(d.book('2026-12-02T12:00:00+05:00').ok).toBe(true);
  });

  it('refuses slots that are not slots, in the past, beyond the window, on a holiday, or switched off', () => {
    const d = new BookingDriver(evening, settingsWith({ aheadDays: 14 }));
    expect(d.book('2026-12-02T10:07:00+05:00')).toEqual({ ok: false, error: 'slot_unavailable' });
    expect(d.book('2026-12-01T17:00:00+05:00')).toEqual({ ok: false, error: 'slot_unavailable' });
    expect(d.book('2026-12-16T10:00:00+05:00')).toEqual({ ok: false, error: 'slot_unavailable' });
    expect(d.book('2026-12-28T10:00:00+05:00')).toEqual({ ok: false, error: 'slot_unavailable' });
    expect(d.book('2026-12-02T18:00:00+05:00')).toEqual({ ok: false, error: 'slot_unavailable' });
    expect(d.book(SLOT, { serviceId: 'family' })).toEqual({ ok: false, error: 'booking_off' });
    expect(d.book(SLOT, { iin: '900101300017' })).toEqual({ ok: false, error: 'iin_disabled' });
    d.settings.iinEnabled = true;
    expect(d.book(SLOT, { iin: '900101300018' })).toEqual({ ok: false, error: 'iin_invalid' });
  });

  it('the same instant written in UTC books the same slot', () => {
    const d = new BookingDriver(evening);
    expect(d.book('2026-12-02T05:00:00Z').ok).toBe(true);
    const made = d.events[0];
    expect(made?.type === 'booking:created' && made.booking.start).toBe(SLOT);
  });

  it('a code already taken is never given twice', () => {
    const same = counterCodes(7);
    const codes = [same(), same()];
    let i = 0;
    // The generator repeats the first code once before moving on.
    const d = new BookingDriver(evening, settingsWith({ perSlot: 5, perPerson: 5 }), undefined, () =>
      i++ < 2 ? (codes[0] as string) : (codes[1] as string),
    );
    d.book(SLOT);
    d.book(SLOT);
    const made = d.events.map((e) => (e.type === 'booking:created' ? e.booking.code : ''));
    expect(made).toEqual([codes[0], codes[1]]);
  });

  it('the public page cancels until the slot starts; staff also after', () => {
    const d = new BookingDriver(evening);
    d.book(SLOT);
    const code = codeOf(d);
    d.now = slotAt + MIN;
    expect(d.run({ type: 'cancel', code, by: { kind: 'public' } })).toEqual({
      ok: false,
      error: 'booking_not_active',
    });
    expect(d.run({ type: 'cancel', code, by: { kind: 'staff', userId: 'u1' } }).ok).toBe(true);
    expect(d.run({ type: 'cancel', code: 'ZZZZ-ZZZZ', by: { kind: 'public' } })).toEqual({
      ok: false,
      error: 'unknown_booking',
    });
  });
});

describe('check-in', () => {
  const d = new BookingDriver(evening, settingsWith({ earlyMin: 30, lateMin: 10 }));
  d.book(SLOT);
  const booking = Object.values(d.state.bookings)[0] ?? null;
  const at = (iso: string) => checkInVerdict(booking, d.settings, 'Asia/Almaty', almaty(iso));

  it('opens earlyMin before the slot, tells a visitor who is too early when to come back', () => {
    expect(at('2026-12-02T09:29:00')).toEqual({
      kind: 'refused',
      reason: 'too_early',
      opensAt: almaty('2026-12-02T09:30:00'),
    });
    expect(at('2026-12-02T09:30:00')).toEqual({ kind: 'booked' });
    expect(at('2026-12-02T10:10:00')).toEqual({ kind: 'booked' });
  });

  it('after lateMin the visitor gets a walk-in ticket; on another day nothing', () => {
    expect(at('2026-12-02T10:10:01')).toEqual({ kind: 'late' });
    expect(at('2026-12-03T09:50:00')).toEqual({ kind: 'refused', reason: 'other_day' });
    expect(checkInVerdict(null, d.settings, 'Asia/Almaty', slotAt)).toEqual({
      kind: 'refused',
      reason: 'unknown',
    });
  });

  it('a booking used, cancelled or marked no-show answers so', () => {
    const e = new BookingDriver(evening);
    e.book(SLOT);
    const code = codeOf(e);
    e.now = slotAt + 11 * MIN;
    e.run({ type: 'sweep' });
    const b = Object.values(e.state.bookings)[0] ?? null;
    expect(b?.status).toBe('no_show');
    // A no-show who still comes that day is served as a walk-in.
    expect(checkInVerdict(b, e.settings, 'Asia/Almaty', e.now)).toEqual({ kind: 'late' });
    e.run({ type: 'record-check-in', code, ticketId: 't1', ticketNumber: 'A001', late: true });
    expect(b?.status).toBe('late_walk_in');
    expect(checkInVerdict(b, e.settings, 'Asia/Almaty', e.now)).toEqual({
      kind: 'refused',
      reason: 'checked_in',
    });
    expect(
      e.run({ type: 'record-check-in', code, ticketId: 't2', ticketNumber: 'A002', late: true }),
    ).toEqual({
      ok: false,
      error: 'booking_not_active',
    });
  });

  it('the sweep marks only bookings whose window has closed', () => {
    const e = new BookingDriver(evening);
    e.book(SLOT);
    e.book('2026-12-02T11:00:00+05:00');
    e.now = slotAt + 10 * MIN;
    expect(e.run({ type: 'sweep' })).toEqual({ ok: true, data: [] });
    e.now = slotAt + 10 * MIN + 1;
    const swept = e.run({ type: 'sweep' });
    expect(swept.ok && swept.data).toEqual([{ type: 'booking:no-show', at: e.now, bookingIds: ['b1'] }]);
  });

  it("the public view shows the visitor's own booking, the phone's last two digits only", () => {
    const v = booking && bookingPublicView(booking, d.office, d.settings, evening);
    expect(v).toMatchObject({
      code: booking?.code,
      name: 'Айгүл Серікова',
      phoneEnd: '78',
      cancellable: true,
    });
    expect(JSON.stringify(v)).not.toContain('234');
    expect(v?.checkInFrom).toBe(slotAt - 30 * MIN);
  });
});
