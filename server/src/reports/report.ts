// A report over any set of day summaries (one day, a month, a year): every figure is a sum of cells,
// so a year costs 250 small files and a few hundred thousand additions.
import type { ReportFilter, ReportRow, ReportView, WorkRow } from '@kezek/shared';
import { bookingNoShows, type BookingFacts } from './booking-figures.js';
import { PERIOD_MIN, PERIODS, type Cell } from './day-cells.js';
import type { ReportDay } from './day-summary-types.js';
import { addCell, cellsOf, newAcc, periodLabel, toRow, type Acc } from './report-cells.js';
import type { WorkTime } from './work-time.js';

/** Labels in the reader's language; ids not here (removed since) show as themselves. */
export interface ReportNames {
  sectors: Map<string, { label: string; targetWaitMin: number }>;
  services: Map<string, string>;
  desks: Map<string, string>;
  operators: Map<string, string>;
  /** The rows of legs a table has no key for (no service chosen, never called, no period kept). */
  none?: { service: string; desk: string; operator: string; period: string };
}

/**
 * The key of the row that gathers a table's legs without a service, desk, specialist or period: every
 * table covers every leg, so its column totals are the headline figures. Ids never contain "~".
 */
export const NO_KEY = '~none';

export interface ReportInput {
  from: string;
  to: string;
  summaries: readonly ReportDay[];
  names: ReportNames;
  filter: ReportFilter;
  now: number;
  /** The office's bookings, for their no-shows; absent: the report has none. */
  bookings?: Iterable<BookingFacts>;
}

export function buildReport(input: ReportInput): ReportView {
  const view = buildTicketReport(input);
  if (!input.bookings) return view;
  const noShows = bookingNoShows(input.bookings, input.from, input.to, input.filter, NO_KEY);
  const withNoShows = (r: ReportRow, key = r.key): ReportRow => ({
    ...r,
    bookingNoShows: noShows.get(key) ?? 0,
  });
  return {
    ...view,
    total: withNoShows(view.total, 'total'),
    sectors: view.sectors.map((r) => withNoShows(r)),
    services: view.services.map((r) => withNoShows(r)),
  };
}

function buildTicketReport({ from, to, summaries, names, filter, now }: ReportInput): ReportView {
  const total = newAcc();
  const groups = { sectors: new Map<string, Acc>(), services: new Map<string, Acc>() };
  const desks = new Map<string, Acc>();
  const operators = new Map<string, Acc>();
  const periods = new Map<number | typeof NO_KEY, Acc>();
  const targetOf = (sectorId: string) => names.sectors.get(sectorId)?.targetWaitMin;
  const add = <K>(map: Map<K, Acc>, key: K, c: Cell) => {
    let a = map.get(key);
    if (!a) map.set(key, (a = newAcc()));
    addCell(a, c, targetOf(c.sectorId));
  };
  const queuePeak = new Array<number>(PERIODS).fill(0);
  const work = { desks: new Map<string, WorkTime>(), operators: new Map<string, WorkTime>() };

  for (const s of summaries) {
    for (const c of cellsOf(s)) {
      if (!matches(c, filter)) continue;
      addCell(total, c, targetOf(c.sectorId));
      add(groups.sectors, c.sectorId, c);
      add(groups.services, `${c.sectorId}/${c.serviceId ?? NO_KEY}`, c);
      add(desks, c.deskId ?? NO_KEY, c);
      add(operators, c.operatorId ?? NO_KEY, c);
      add(periods, c.period ?? NO_KEY, c);
    }
    peaksFor(s, filter.sectorId)?.forEach(
      (n, i) => (queuePeak[i] = (queuePeak[i] ?? 0) + n / summaries.length),
    );
    for (const [kind, map] of [
      ['desks', work.desks],
      ['operators', work.operators],
    ] as const) {
      for (const [id, w] of Object.entries(s.work?.[kind] ?? {})) addWork(map, id, w);
    }
  }

  const none = names.none ?? { service: '—', desk: '—', operator: '—', period: '—' };
  const label = (m: Map<string, string>, id: string, noneLabel = '—') =>
    id === NO_KEY ? noneLabel : (m.get(id) ?? id);
  const last = (a: ReportRow, b: ReportRow) => Number(a.key === NO_KEY) - Number(b.key === NO_KEY);
  const sectorLabel = (id: string) => names.sectors.get(id)?.label ?? id;
  const sectorOrder = [...names.sectors.keys()];
  const rows = <K>(map: Map<K, Acc>, labelOf: (k: K) => string): ReportRow[] =>
    [...map].map(([k, a]) => toRow(String(k), labelOf(k), a));
  const byLabel = (a: ReportRow, b: ReportRow) => last(a, b) || KAZAKH.compare(a.label, b.label);
  const targets = [...groups.sectors.keys()].map((id) => targetOf(id) ?? 15);

  return {
    from,
    to,
    days: summaries.length,
    filter,
    generatedAt: now,
    total: toRow('total', '', total),
    sectors: rows(groups.sectors, sectorLabel).sort(
      (a, b) => rank(sectorOrder, a.key) - rank(sectorOrder, b.key),
    ),
    services: rows(groups.services, (k) => {
      const [sectorId = '', serviceId = ''] = k.split('/');
      const service = serviceId === NO_KEY ? none.service : names.services.get(k) || serviceId;
      return `${sectorLabel(sectorId)} · ${service}`;
    }).sort(byLabel),
    desks: rows(desks, (k) => label(names.desks, k, none.desk)).sort(
      (a, b) => last(a, b) || NUMERIC.compare(a.label, b.label),
    ),
    operators: rows(operators, (k) => label(names.operators, k, none.operator)).sort(byLabel),
    periods: rows(periods, (k) => (k === NO_KEY ? none.period : periodLabel(k))).sort(
      (a, b) => last(a, b) || Number(a.key) - Number(b.key),
    ),
    work: {
      desks: workRows(work.desks, (k) => label(names.desks, k)),
      operators: workRows(work.operators, (k) => label(names.operators, k)),
    },
    waitHistogram: total.wait.hist,
    waitOverHistogram: total.waitOver?.hist ?? [],
    queuePeak: queuePeak.map((n) => Math.round(n * 10) / 10),
    targetWaitMin: targets.length ? Math.min(...targets) : 15,
    targetWaitMaxMin: targets.length ? Math.max(...targets) : 15,
  };
}

/** The queue of the sector asked about; the whole office's when none is, or the day predates sectors'. */
function peaksFor(day: ReportDay, sectorId: string | null): number[] | undefined {
  if (sectorId === null || !day.queuePeakBySector) return day.queuePeak;
  return day.queuePeakBySector[sectorId];
}

function matches(c: Cell, f: ReportFilter): boolean {
  if (f.sectorId !== null && c.sectorId !== f.sectorId) return false;
  if (f.fromMin === null && f.toMin === null) return true;
  if (c.period === null) return false;
  const start = c.period * PERIOD_MIN;
  return start >= (f.fromMin ?? 0) && start < (f.toMin ?? 24 * 60);
}

// Made once: localeCompare with a locale builds a collator on every call, which was most of a day
// report's sorting time.
const KAZAKH = new Intl.Collator('kk');
const KAZAKH_NUMERIC = new Intl.Collator('kk', { numeric: true });
const NUMERIC = new Intl.Collator('en', { numeric: true });

const rank = (order: string[], id: string) => {
  const i = order.indexOf(id);
  return i === -1 ? order.length : i;
};

function addWork(map: Map<string, WorkTime>, id: string, w: WorkTime): void {
  const into = map.get(id) ?? { openSec: 0, pausedSec: 0, busySec: 0 };
  into.openSec += w.openSec;
  into.pausedSec += w.pausedSec;
  into.busySec += w.busySec;
  map.set(id, into);
}

function workRows(map: Map<string, WorkTime>, labelOf: (id: string) => string): WorkRow[] {
  return [...map]
    .map(([key, w]) => ({
      key,
      label: labelOf(key),
      ...w,
      idleSec: Math.max(0, w.openSec - w.pausedSec - w.busySec),
    }))
    .sort((a, b) => KAZAKH_NUMERIC.compare(a.label, b.label));
}
