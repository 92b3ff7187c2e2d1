// Where a report's days come from: closed days from their summary files, today (while open) live from
// the office's tickets, summarised the same way the archive will summarise them at close.
import {
  businessDay,
  pick,
  t,
  type BookingState,
  type Lang,
  type ReportFilter,
  type ReportView,
} from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import type { DayStore } from '../office/day-store.js';
import type { Office } from '../office/office.js';
import { liveDay, type ReportDay } from './day-summary.js';
import { buildReport, type ReportNames } from './report.js';

export interface ReportSource {
  office: Office;
  store: DayStore;
  settings: SettingsPort;
  clock: () => number;
  /** The office's bookings, for the reports' booking no-shows (the HTTP layer passes its service). */
  bookings?: { store: { bookings: Readonly<BookingState> } };
}

/** A year and a bit: longer ranges are refused rather than read. */
export const MAX_RANGE_DAYS = 400;

export async function loadReport(
  src: ReportSource,
  from: string,
  to: string,
  filter: ReportFilter,
  lang: Lang,
): Promise<ReportView> {
  const days = await loadDays(src, from, to);
  return buildReport({
    from,
    to,
    summaries: days,
    names: reportNames(src.settings, lang),
    filter,
    now: src.clock(),
    ...(src.bookings ? { bookings: Object.values(src.bookings.store.bookings.bookings) } : {}),
  });
}

/** The days from..to a report adds up: closed days' summaries, and today live while it is open. */
export async function loadDays(src: ReportSource, from: string, to: string): Promise<DatedReportDay[]> {
  const now = src.clock();
  const days: DatedReportDay[] = await src.store.readSummaries(from, to);
  const q = src.office.queue;
  const today = businessDay(now, q.config.timeZone);
  const archived = days.some((s) => s.day === q.day);
  if (q.day !== null && q.day === today && q.day >= from && q.day <= to && !archived) {
    const tickets = Object.values(q.tickets);
    days.push({ ...liveDay(tickets, q.config, { until: now, work: src.office.workTime(now) }), day: q.day });
  }
  return days;
}

export type DatedReportDay = ReportDay & { day: string };

export function reportNames(settings: SettingsPort, lang: Lang): ReportNames {
  const { office, users } = settings.data;
  const deskWord = { kk: 'Терезе', ru: 'Окно', en: 'Desk' }[lang];
  return {
    sectors: new Map(
      office.sectors.map((s) => [
        s.id,
        { label: `${s.letter} · ${pick(s.names, lang)}`, targetWaitMin: s.targetWaitMin },
      ]),
    ),
    services: new Map(
      office.sectors.flatMap((s) => s.services.map((v) => [`${s.id}/${v.id}`, pick(v.names, lang)] as const)),
    ),
    desks: new Map(office.desks.map((d) => [d.id, `${deskWord} ${d.number}`])),
    operators: new Map(users.map((u) => [u.id, u.name])),
    none: {
      service: t(lang, 'head.row.noService'),
      desk: t(lang, 'head.row.notCalled'),
      operator: t(lang, 'head.row.notCalled'),
      period: t(lang, 'head.row.noPeriod'),
    },
  };
}

/** Days from..to inclusive, or null when the range is malformed, reversed or too long. */
export function rangeDays(from: string, to: string): number | null {
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  if (!DAY.test(from) || !DAY.test(to)) return null;
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b) || b < a) return null;
  const days = Math.round((b - a) / 86_400_000) + 1;
  return days > MAX_RANGE_DAYS ? null : days;
}
