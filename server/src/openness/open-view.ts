// The office's public figures (/open, the hall's transparency zone), built from the same days and the
// same report code as the head's report, so the public and the head never see two different numbers.
import {
  businessDay,
  OUTCOMES,
  type CaseReportRow,
  type OfficeContent,
  type OpenCases,
  type OpenFigures,
  type OpenPeriod,
  type OpenView,
  type ReportRow,
  type ReportView,
} from '@kezek/shared';
import { buildReport, NO_KEY } from '../reports/report.js';
import { loadDays, reportNames, type DatedReportDay, type ReportSource } from '../reports/report-source.js';

const NO_FILTER = { sectorId: null, fromMin: null, toMin: null } as const;

export interface OpenSource extends ReportSource {
  content: () => OfficeContent;
  /** The case report's totals for cases registered from..to (the head's case report, same code). */
  casesOf?: (from: string, to: string) => Promise<CaseReportRow>;
}

/**
 * Closed days' public figures, which never change once the day is archived: the last-30-days chart
 * computes only today's bar after the first time. Keyed by day; kept for the server's life (30 small
 * entries a month).
 */
export type PastDays = Map<string, OpenView['last30'][number]>;

/** Lets the kiosks' and desks' commands in between the parts of a computation that takes milliseconds. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function openView(src: OpenSource, pastDays: PastDays = new Map()): Promise<OpenView> {
  const now = src.clock();
  const q = src.office.queue;
  const config = q.config;
  const today = businessDay(now, config.timeZone);
  const weekFrom = addDays(today, -((weekday(today) + 6) % 7));
  const monthFrom = `${today.slice(0, 8)}01`;
  const from30 = addDays(today, -29);
  const first = [weekFrom, monthFrom, from30].sort()[0] ?? today;
  const days = await loadDays(src, first, today);
  const showNames = src.content().openness?.showNames ?? false;
  // Names are made once per computation, not once per report (33 reports a computation).
  const names = reportNames(src.settings, 'kk');
  const report = (from: string, to: string) =>
    buildReport({
      from,
      to,
      summaries: days.filter((d) => d.day >= from && d.day <= to),
      names,
      filter: NO_FILTER,
      now,
    });
  const period = async (from: string): Promise<OpenPeriod> => {
    await yieldToOthers();
    const cases = src.casesOf ? openCases(await src.casesOf(from, today)) : openCases(null);
    return { ...periodOf(report(from, today), src, showNames), cases };
  };
  const byDay = new Map<string, DatedReportDay>(days.map((d) => [d.day, d]));
  const last30: OpenView['last30'] = [];
  for (let i = 0; i < 30; i++) {
    const day = addDays(from30, i);
    const known = day < today ? pastDays.get(day) : undefined;
    if (known) {
      last30.push(known);
      continue;
    }
    const total = byDay.has(day) ? figures(report(day, day).total) : null;
    const bar = {
      day,
      received: total?.received ?? 0,
      served: total?.served ?? 0,
      withinNormPct: total?.withinNormPct ?? null,
    };
    if (day < today && byDay.has(day)) pastDays.set(day, bar);
    last30.push(bar);
  }
  const hall = src.office.snapshot().hall;
  return {
    officeName: config.officeName,
    timeZone: config.timeZone,
    hours: config.hours,
    generatedAt: now,
    today: await period(today),
    week: await period(weekFrom),
    month: await period(monthFrom),
    last30,
    queues: config.sectors
      .filter((s) => s.enabled)
      .map((s) => {
        const live = hall.sectors.find((l) => l.id === s.id);
        return {
          id: s.id,
          letter: s.letter,
          names: s.names,
          waiting: live?.waiting ?? 0,
          desksOpen: live?.desksOpen ?? 0,
          estimateMin: live?.estimateMin ?? null,
        };
      }),
  };
}

export function openCases(row: CaseReportRow | null): OpenCases {
  const registered = row?.registered ?? 0;
  const answeredOnTime = row?.answeredOnTime ?? 0;
  const answeredLate = row?.answeredLate ?? 0;
  const overdueOpen = row?.overdueOpen ?? 0;
  const judged = answeredOnTime + answeredLate + overdueOpen;
  const onTimePct = judged === 0 ? null : Math.round((1000 * answeredOnTime) / judged) / 10;
  return { registered, answeredOnTime, answeredLate, overdueOpen, onTimePct };
}

function periodOf(report: ReportView, src: OpenSource, showNames: boolean): Omit<OpenPeriod, 'cases'> {
  const sectors = src.settings.data.office.sectors;
  return {
    from: report.from,
    to: report.to,
    total: figures(report.total),
    sectors: sectors
      .map((s) => ({ sector: s, row: report.sectors.find((r) => r.key === s.id) }))
      .filter((x) => x.sector.enabled || x.row)
      .map(({ sector, row }) => ({
        id: sector.id,
        letter: sector.letter,
        names: sector.names,
        ...figures(row),
      })),
    // The report's row of visitors nobody called is no specialist.
    specialists: showNames
      ? report.operators.filter((r) => r.key !== NO_KEY).map((r) => ({ name: r.label, ...figures(r) }))
      : null,
  };
}

/** A report row as the public reads it; an absent row is a group nobody visited. */
export function figures(row: ReportRow | undefined): OpenFigures {
  const outcomes = Object.fromEntries(
    OUTCOMES.map((o) => [o, row?.outcomes[o] ?? 0]),
  ) as OpenFigures['outcomes'];
  const median = row?.wait.medianSec ?? null;
  return {
    received: row?.arrived ?? 0,
    served: row?.served ?? 0,
    servedPct: row?.servedPct ?? null,
    medianWaitMin: median === null ? null : Math.round(median / 6) / 10,
    withinNormPct: row?.overTargetPct == null ? null : Math.round((100 - row.overTargetPct) * 10) / 10,
    outcomes,
    ratingAvg: row?.ratingAvg ?? null,
    ratingCount: row?.ratingCount ?? 0,
  };
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** 0 is Sunday, as in Date#getDay. */
function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
