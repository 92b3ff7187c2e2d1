// The report as tables of plain values, in the reader's language: what CSV and Excel both write, so the
// two files always agree with each other and with the screen.
import {
  outcomeName,
  OUTCOMES,
  t,
  type Lang,
  type MessageKey,
  type ReportRow,
  type ReportView,
  type WorkRow,
} from '@kezek/shared';

export type CellValue = string | number | null;

export interface Table {
  title: string;
  header: string[];
  rows: CellValue[][];
}

/** Seconds as minutes with one decimal: what a spreadsheet sums and charts. */
export const minutes = (sec: number | null): number | null =>
  sec === null ? null : Math.round(sec / 6) / 10;

const COLUMNS: [MessageKey, (r: ReportRow) => CellValue][] = [
  ['head.col.arrived', (r) => r.arrived],
  ['head.col.transferredIn', (r) => r.transferredIn],
  ['head.col.served', (r) => r.served],
  ['head.col.servedPct', (r) => r.servedPct],
  ['head.col.noShow', (r) => r.noShow],
  ['head.col.cancelled', (r) => r.cancelled],
  ['head.col.unserved', (r) => r.unserved],
  ['head.col.transferredOut', (r) => r.transferredOut],
  ['head.col.waitAvg', (r) => minutes(r.wait.avgSec)],
  ['head.col.waitMedian', (r) => minutes(r.wait.medianSec)],
  ['head.col.waitP90', (r) => minutes(r.wait.p90Sec)],
  ['head.col.waitMax', (r) => minutes(r.wait.maxSec)],
  ['head.col.serviceAvg', (r) => minutes(r.service.avgSec)],
  ['head.col.serviceMedian', (r) => minutes(r.service.medianSec)],
  ['head.col.serviceP90', (r) => minutes(r.service.p90Sec)],
  ['head.col.serviceMax', (r) => minutes(r.service.maxSec)],
  ['head.col.overTarget', (r) => r.overTarget],
  ['head.col.overTargetPct', (r) => r.overTargetPct],
  ['head.col.rating', (r) => r.ratingAvg],
  ['head.col.ratingCount', (r) => r.ratingCount],
];

// Booked vs walk-in, after the outcomes so the columns before them stay where spreadsheets expect them.
// No-shows of bookings exist only for the office, sector and service rows: elsewhere the cell is empty.
const BOOKING_COLUMNS: [MessageKey, (r: ReportRow) => CellValue][] = [
  ['report.booked', (r) => r.booked ?? 0],
  ['report.walkIn', (r) => r.walkIn ?? r.arrived],
  ['report.bookedWait', (r) => minutes(r.bookedWait?.avgSec ?? null)],
  ['report.bookingNoShows', (r) => r.bookingNoShows ?? null],
];

export function reportTables(report: ReportView, lang: Lang): Table[] {
  const header = [
    t(lang, 'head.col.name'),
    ...COLUMNS.map(([k]) => t(lang, k)),
    ...OUTCOMES.map((o) => outcomeName(lang, o)),
    ...BOOKING_COLUMNS.map(([k]) => t(lang, k)),
  ];
  const line = (r: ReportRow): CellValue[] => [
    r.label,
    ...COLUMNS.map(([, f]) => f(r)),
    ...OUTCOMES.map((o) => r.outcomes[o]),
    ...BOOKING_COLUMNS.map(([, f]) => f(r)),
  ];
  // Every table covers every leg (rows without a key gather the rest), so each ends on the same total.
  const section = (key: MessageKey, rows: ReportRow[]): Table => ({
    title: t(lang, key),
    header,
    rows: [...rows.map(line), line({ ...report.total, label: t(lang, 'head.total') })],
  });
  const workLine = (w: Omit<WorkRow, 'key'>): CellValue[] => [
    w.label,
    minutes(w.openSec),
    minutes(w.pausedSec),
    minutes(w.busySec),
    minutes(w.idleSec),
  ];
  const ops = report.work.operators;
  const sum = (k: 'openSec' | 'pausedSec' | 'busySec' | 'idleSec') => ops.reduce((a, w) => a + w[k], 0);
  const work = [
    ...ops.map(workLine),
    ...(ops.length > 0
      ? [
          workLine({
            label: t(lang, 'head.total'),
            openSec: sum('openSec'),
            pausedSec: sum('pausedSec'),
            busySec: sum('busySec'),
            idleSec: sum('idleSec'),
          }),
        ]
      : []),
  ];
  return [
    section('head.section.sectors', report.sectors),
    section('head.section.services', report.services),
    section('head.section.desks', report.desks),
    section('head.section.operators', report.operators),
    section('head.section.periods', report.periods),
    {
      title: t(lang, 'head.section.work'),
      header: [
        t(lang, 'head.col.name'),
        ...(['open', 'paused', 'busy', 'idle'] as const).map((k) => t(lang, `head.col.${k}`)),
      ],
      rows: work,
    },
  ];
}

/** The report's heading line: period, days, filter. */
export function reportCaption(report: ReportView, lang: Lang): string {
  const range = report.from === report.to ? report.from : `${report.from} – ${report.to}`;
  return `${t(lang, 'head.report.title')}: ${range}. ${t(lang, 'head.report.days', { count: report.days })}. ${t(lang, 'head.units')}.`;
}
