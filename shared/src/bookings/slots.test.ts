import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/calendar.js';
import { fixtureConfig, OFFICE_HOURS } from '../queue/test-fixture.js';
import { isoInZone, localInstant, openingOf, slotStarts } from './slots.js';
import { freeSlots } from './usage.js';
import { almaty, BookingDriver, settingsWith } from './test-fixture.js';
import { initialBookingState } from './types.js';

const cal = defaultCalendar('Asia/Almaty');

describe('slot arithmetic', () => {
  it("slots start at the office's local opening minute, not the server's, and end by closing", () => {
    // Wednesday 2 December 2026, 9:00-18:00 in Almaty: 36 slots of 15 minutes, 04:00Z to 12:45Z.
    const starts = slotStarts(OFFICE_HOURS, cal, '2026-12-02', 15);
    expect(starts).toHaveLength(36);
    expect(new Date(starts[0] ?? 0).toISOString()).toBe('2026-12-02T04:00:00.000Z');
    expect(isoInZone(starts[35] ?? 0, 'Asia/Almaty')).toBe('2026-12-02T17:45:00+05:00');
  });

  it('no slot starts at the closing minute, and a slot that would run past closing is not offered', () => {
    // Saturday 9:00-13:00 with 25-minute slots: 12:20 would end 12:45, 12:45 would end 13:10.
    const starts = slotStarts(OFFICE_HOURS, cal, '2026-12-05', 25).map((t) => isoInZone(t, 'Asia/Almaty'));
    expect(starts.at(-1)).toBe('2026-12-05T12:20:00+05:00');
    expect(starts).not.toContain('2026-12-05T13:00:00+05:00');
  });

  it('a holiday closes bookings, also a weekday the government moved a day off to', () => {
    // Republic Day, Sunday 25 October 2026, moves to Monday 26 October; Nauryz closes 23 March.
    expect(openingOf(OFFICE_HOURS, cal, '2026-10-26')).toBeNull();
    expect(slotStarts(OFFICE_HOURS, cal, '2026-03-23', 15)).toEqual([]);
    expect(slotStarts(OFFICE_HOURS, cal, '2026-03-26', 15)).toHaveLength(36);
  });

  it('a Saturday made a working day takes the hours of the weekday it replaces', () => {
    // 2023: Saturday 1 July worked instead of Friday 7 July.
    const sundayOff = OFFICE_HOURS.map((h, i) => (i === 6 ? null : h));
    expect(openingOf(sundayOff, cal, '2023-07-01')).toEqual([540, 1080]);
    expect(openingOf(sundayOff, cal, '2023-07-07')).toBeNull();
  });

  it('keeps the wall clock on a day the zone changes its offset', () => {
    // New York springs forward on 8 March 2026 at 02:00: 09:00 that day is 13:00Z, not 14:00Z.
    const nyCal = defaultCalendar('America/New_York');
    expect(new Date(localInstant('2026-03-08', 540, 'America/New_York')).toISOString()).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(isoInZone(localInstant('2026-03-08', 540, 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T09:00:00-04:00',
    );
    expect(new Date(localInstant('2026-03-07', 540, 'America/New_York')).toISOString()).toBe(
      '2026-03-07T14:00:00.000Z',
    );
    expect(slotStarts(OFFICE_HOURS, nyCal, '2026-03-10', 60)).toHaveLength(9);
  });

  it('leaves out slots in the past and within the lead time, and full ones', () => {
    const d = new BookingDriver(almaty('2026-12-02T10:05:00'), settingsWith({ leadMin: 60, perSlot: 1 }));
    expect(d.book('2026-12-02T11:15:00+05:00').ok).toBe(true);
    const list = freeSlots(d.state, d.ctx(), 'legal', 'property', '2026-12-02', d.now);
    const firsts = list.slots.slice(0, 2).map((s) => s.start);
    // 11:00 is within the hour's lead, 11:15 is full.
    expect(firsts).toEqual(['2026-12-02T11:30:00+05:00', '2026-12-02T11:45:00+05:00']);
    const staff = freeSlots(d.state, d.ctx(), 'legal', 'property', '2026-12-02', d.now, true);
    expect(staff.slots[0]?.start).toBe('2026-12-02T10:15:00+05:00');
  });

  it('counts places left, and says a day is closed beyond the window or on a holiday', () => {
    const d = new BookingDriver(almaty('2026-12-01T12:00:00'), settingsWith({ perSlot: 3, aheadDays: 7 }));
    const far = new BookingDriver(d.now, settingsWith({ aheadDays: 30 }));
    d.book('2026-12-02T09:00:00+05:00');
    const list = freeSlots(d.state, d.ctx(), 'legal', 'property', '2026-12-02', d.now);
    expect(list.slots[0]).toEqual({
      start: '2026-12-02T09:00:00+05:00',
      startAt: almaty('2026-12-02T09:00:00'),
      free: 2,
    });
    expect(freeSlots(d.state, d.ctx(), 'legal', 'property', '2026-12-09', d.now).open).toBe(false);
    // Independence Day, Wednesday 16 December, within a 30-day window.
    expect(freeSlots(initialBookingState(), far.ctx(), 'legal', 'property', '2026-12-16', d.now).open).toBe(
      false,
    );
    expect(freeSlots(initialBookingState(), far.ctx(), 'legal', 'property', '2026-12-17', d.now).open).toBe(
      true,
    );
    expect(freeSlots(d.state, d.ctx(), 'legal', 'family', '2026-12-02', d.now)).toEqual({
      day: '2026-12-02',
      open: false,
      slots: [],
    });
  });

  it('a sector with its own hours books within them', () => {
    const office = fixtureConfig();
    const legal = office.sectors[0];
    if (legal) legal.hours = OFFICE_HOURS.map((h) => (h ? ([600, 720] as const) : null));
    const d = new BookingDriver(almaty('2026-12-01T12:00:00'), settingsWith({ slotMin: 30 }), office);
    const list = freeSlots(d.state, d.ctx(), 'legal', 'property', '2026-12-02', d.now);
    expect(list.slots.map((s) => s.start)).toEqual([
      '2026-12-02T10:00:00+05:00',
      '2026-12-02T10:30:00+05:00',
      '2026-12-02T11:00:00+05:00',
      '2026-12-02T11:30:00+05:00',
    ]);
  });
});
