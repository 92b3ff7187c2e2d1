// Booked vs walk-in in the day report: which arrivals count as booked (on time only), their wait after
// the slot's start, booking no-shows from the bookings themselves, the stored cell rows keeping it all,
// and the exported tables' new columns.
import { describe, expect, it } from 'vitest';
import type { ReportFilter, Ticket } from '@kezek/shared';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import type { BookingFacts } from './booking-figures.js';
import { packCells, unpackCells } from './cell-rows.js';
import { liveDay } from './day-summary.js';
import { buildReport, type ReportNames } from './report.js';
import { reportTables } from './report-table.js';

// 2026-12-02 in Almaty is UTC+5.
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return Date.UTC(2026, 11, 2, h - 5, m);
};
const names: ReportNames = {
  sectors: new Map(DEMO_OFFICE.sectors.map((s) => [s.id, { label: s.id, targetWaitMin: s.targetWaitMin }])),
  services: new Map(),
  desks: new Map(),
  operators: new Map(),
};

let seq = 0;
function ticket(queued: string, called: string | null, booking?: Ticket['booking']): Ticket {
  seq += 1;
  return {
    id: `t${seq}`,
    number: `A${String(seq).padStart(3, '0')}`,
    seq,
    code: `c${seq}`,
    sectorId: 'legal',
    serviceId: null,
    priority: null,
    lang: 'kk',
    status: called ? 'finished' : 'waiting',
    issuedAt: at(queued),
    queuedAt: at(queued),
    calledAt: called ? at(called) : null,
    startedAt: called ? at(called) : null,
    endedAt: called ? at(called) + 5 * 60_000 : null,
    deskId: called ? 'desk-1' : null,
    operatorId: called ? 'op-1' : null,
    targetDeskId: null,
    calls: called ? 1 : 0,
    outcome: called ? 'solved' : null,
    note: null,
    firstLegId: null,
    previousLegId: null,
    nextLegId: null,
    rating: null,
    source: 'kiosk-1',
    ...(booking ? { booking } : {}),
  };
}

const mark = (slot: string, late = false) => ({ code: 'ABCD-EFGH', slotStart: at(slot), late });
const booking = (day: string, start: string, status: BookingFacts['status']): BookingFacts => ({
  day,
  start: `${day}T${start}:00+05:00`,
  status,
  sectorId: 'legal',
  serviceId: null,
});

const TICKETS = [
  ticket('09:40', '09:50'), // a walk-in
  ticket('09:50', '10:04', mark('10:00')), // booked, checked in early: 4 minutes after the slot
  ticket('10:20', '10:22', mark('10:15')), // booked, checked in 5 minutes late but on time: 2 minutes
  ticket('10:40', '11:00', mark('10:15', true)), // too late: a walk-in ticket
];
const BOOKINGS = [
  booking('2026-12-02', '11:00', 'no_show'),
  booking('2026-12-02', '11:15', 'no_show'),
  booking('2026-12-02', '10:00', 'checked_in'),
  booking('2026-12-03', '09:00', 'no_show'), // another day
];
const filter: ReportFilter = { sectorId: null, fromMin: null, toMin: null };

describe('booked vs walk-in in the report', () => {
  it('counts on-time check-ins as booked, late ones as walk-ins, and waits from the slot', () => {
    const day = liveDay(TICKETS, DEMO_OFFICE, { until: at('12:00') });
    const report = buildReport({
      from: '2026-12-02',
      to: '2026-12-02',
      summaries: [day],
      names,
      filter,
      now: at('12:00'),
      bookings: BOOKINGS,
    });
    expect(report.total.arrived).toBe(4);
    expect(report.total.booked).toBe(2);
    expect(report.total.walkIn).toBe(2);
    expect(report.total.bookedWait?.count).toBe(2);
    expect(report.total.bookedWait?.avgSec).toBe(3 * 60);
    expect(report.total.bookedWait?.maxSec).toBe(4 * 60);
    expect(report.total.bookingNoShows).toBe(2);
    expect(report.sectors.find((r) => r.key === 'legal')?.bookingNoShows).toBe(2);
  });

  it('keeps booking no-shows to the filter: a sector, a time of day', () => {
    const report = (f: ReportFilter) =>
      buildReport({
        from: '2026-12-02',
        to: '2026-12-02',
        summaries: [],
        names,
        filter: f,
        now: 0,
        bookings: BOOKINGS,
      });
    expect(report({ ...filter, sectorId: 'akim' }).total.bookingNoShows).toBe(0);
    expect(report({ ...filter, fromMin: 11 * 60 + 10, toMin: 12 * 60 }).total.bookingNoShows).toBe(1);
  });

  it('stores booked cells in the summary rows and reads them back the same', () => {
    const cells = liveDay(TICKETS, DEMO_OFFICE, { until: at('12:00') }).cells ?? [];
    expect(cells.some((c) => c.booked)).toBe(true);
    expect(unpackCells(JSON.parse(JSON.stringify(packCells(cells))))).toEqual(cells);
  });

  it('adds the booked, walk-in, wait after slot and no-show columns to every exported table', () => {
    const day = liveDay(TICKETS, DEMO_OFFICE, { until: at('12:00') });
    const report = buildReport({
      from: '2026-12-02',
      to: '2026-12-02',
      summaries: [day],
      names,
      filter,
      now: at('12:00'),
      bookings: BOOKINGS,
    });
    const [sectors] = reportTables(report, 'ru');
    const header = sectors?.header ?? [];
    expect(header.slice(-4)).toEqual([
      'По записи',
      'Живая очередь',
      'Ожидание после времени записи (сред.)',
      'Записались и не пришли',
    ]);
    const total = sectors?.rows.at(-1) ?? [];
    expect(total.slice(-4)).toEqual([2, 2, 3, 2]);
  });
});
