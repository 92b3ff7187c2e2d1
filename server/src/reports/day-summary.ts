// Summarises one day's tickets at day close. Pure: the archive stores the result, reports only add up.
import type { NormLookup, OfficeConfig, Ticket } from '@kezek/shared';
import { normLookup, OUTCOMES, overNorm } from '@kezek/shared';
import type {
  DaySummary,
  Flow,
  GroupSummary,
  HourSummary,
  Ratings,
  ReportDay,
  SectorSummary,
} from './day-summary-types.js';
import { DAY_SUMMARY_VERSION } from './day-summary-types.js';
import { durationStats } from './duration-stats.js';
import { FLOW_OF_STATUS, dayCells, queuePeaks } from './day-cells.js';
import { localMinuteFn } from './local-hour.js';
import type { WorkRecord } from './work-time.js';

export type * from './day-summary-types.js';

interface Group {
  flow: Flow;
  waits: number[];
  services: number[];
  overTarget: number;
  outcomes: GroupSummary['outcomes'];
  ratings: Ratings;
}

export interface SummaryExtras {
  /** Desk time from the office's WorkTracker. */
  work?: WorkRecord;
  /** Where queues still waiting end for queuePeak: the day's close, or now for a live summary. */
  until?: number;
}

export function summarizeDay(
  day: string,
  tickets: readonly Ticket[],
  config: OfficeConfig,
  extras: SummaryExtras = {},
): DaySummary {
  const office = newGroup();
  const sectors = new Map<string, Group>(config.sectors.map((s) => [s.id, newGroup()]));
  const targetOf = new Map(config.sectors.map((s) => [s.id, s.targetWaitMin]));
  const normFor = normLookup(config.sectors);
  const desks: DaySummary['desks'] = {};
  const operators: DaySummary['operators'] = {};
  const hours: HourSummary[] = Array.from({ length: 24 }, () => ({
    arrived: 0,
    waitCount: 0,
    waitSecSum: 0,
  }));
  const minuteOf = localMinuteFn(config.timeZone);
  const hourOf = (ms: number) => Math.floor(minuteOf(ms) / 60);

  for (const t of tickets) {
    let sector = sectors.get(t.sectorId);
    if (!sector) sectors.set(t.sectorId, (sector = newGroup()));
    const groups = [office, sector];
    const isArrival = t.previousLegId === null;
    const wait = t.calledAt === null ? null : seconds(t.calledAt - t.queuedAt);
    const service =
      t.status === 'finished' && t.startedAt !== null && t.endedAt !== null
        ? seconds(t.endedAt - t.startedAt)
        : null;
    const over = wait !== null && overNorm(wait, normFor(t.sectorId, t.serviceId)?.waitMin);

    for (const g of groups) {
      g.flow[isArrival ? 'arrived' : 'transferredIn'] += 1;
      g.flow[FLOW_OF_STATUS[t.status]] += 1;
      if (wait !== null) g.waits.push(wait);
      if (service !== null) g.services.push(service);
      if (over) g.overTarget += 1;
      if (t.outcome !== null) g.outcomes[t.outcome] += 1;
      if (t.rating !== null) addRating(g.ratings, t.rating.stars);
    }
    if (t.status === 'finished') {
      if (t.deskId !== null) addWork(desks, t.deskId, service);
      if (t.operatorId !== null) addWork(operators, t.operatorId, service);
    }
    const arrivalHour = hours[hourOf(t.issuedAt)];
    if (isArrival && arrivalHour) arrivalHour.arrived += 1;
    const queuedHour = hours[hourOf(t.queuedAt)];
    if (wait !== null && queuedHour) {
      queuedHour.waitCount += 1;
      queuedHour.waitSecSum += wait;
    }
  }

  const letterOf = new Map(config.sectors.map((s) => [s.id, s.letter]));
  const sectorSummaries: Record<string, SectorSummary> = {};
  for (const [id, g] of sectors) {
    sectorSummaries[id] = {
      letter: letterOf.get(id) ?? null,
      targetWaitMin: targetOf.get(id) ?? null,
      ...finish(g),
    };
  }
  return {
    summaryVersion: DAY_SUMMARY_VERSION,
    day,
    timeZone: config.timeZone,
    office: finish(office),
    sectors: sectorSummaries,
    desks,
    operators,
    hours,
    ...reportParts(tickets, normFor, minuteOf, extras),
  };
}

/**
 * The part of a summary that reports read, without the per-sector totals only the archive keeps: what
 * the head's report of today is built from, on every request while the day is open.
 */
export function liveDay(
  tickets: readonly Ticket[],
  config: OfficeConfig,
  extras: SummaryExtras = {},
): ReportDay {
  return reportParts(tickets, normLookup(config.sectors), localMinuteFn(config.timeZone), extras);
}

function reportParts(
  tickets: readonly Ticket[],
  normFor: NormLookup,
  minuteOf: (ms: number) => number,
  extras: SummaryExtras,
): ReportDay {
  const peaks = queuePeaks(tickets, extras.until ?? lastMoment(tickets), minuteOf);
  return {
    cells: dayCells(tickets, normFor, minuteOf),
    queuePeak: peaks.office,
    queuePeakBySector: peaks.sectors,
    ...(extras.work ? { work: extras.work } : {}),
  };
}

function lastMoment(tickets: readonly Ticket[]): number {
  let last = 0;
  for (const t of tickets) last = Math.max(last, t.endedAt ?? t.calledAt ?? t.queuedAt);
  return last;
}

// Whole seconds, never negative: a clock stepped back by NTP must not produce a negative wait.
const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));

function newGroup(): Group {
  return {
    flow: {
      arrived: 0,
      transferredIn: 0,
      served: 0,
      noShow: 0,
      cancelled: 0,
      transferredOut: 0,
      unserved: 0,
      active: 0,
    },
    waits: [],
    services: [],
    overTarget: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as GroupSummary['outcomes'],
    ratings: { count: 0, sum: 0, byStars: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
  };
}

function addRating(r: Ratings, stars: number): void {
  r.count += 1;
  r.sum += stars;
  if (stars === 1 || stars === 2 || stars === 3 || stars === 4 || stars === 5) r.byStars[stars] += 1;
}

function addWork(into: DaySummary['desks'], id: string, serviceSec: number | null): void {
  const w = (into[id] ??= { served: 0, serviceSecSum: 0 });
  w.served += 1;
  w.serviceSecSum += serviceSec ?? 0;
}

function finish(g: Group): GroupSummary {
  return {
    ...g.flow,
    wait: durationStats(g.waits),
    service: durationStats(g.services),
    overTarget: g.overTarget,
    outcomes: g.outcomes,
    ratings: g.ratings,
  };
}
