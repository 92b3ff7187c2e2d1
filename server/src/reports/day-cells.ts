// The finest grain a summary keeps: one cell per sector x service x desk x specialist x 30-minute period
// (of the time the leg joined the queue). Every report, for any filter, is a sum of cells; a day has a few
// hundred, so a year of them still reads fast (FACTS: per-day summaries are what make year reports fast).
import type { Outcome, Ticket, TicketStatus } from '@kezek/shared';
import { OUTCOMES } from '@kezek/shared';
import type { Flow } from './day-summary-types.js';
import { addValue, emptyDense, toSparse, type DenseStats, type SparseStats } from './sparse-stats.js';

export const PERIOD_MIN = 30;
export const PERIODS = (24 * 60) / PERIOD_MIN;

export interface CellKey {
  sectorId: string;
  serviceId: string | null;
  deskId: string | null;
  operatorId: string | null;
  /** 30-minute period of the local day the leg was queued in (0 = 00:00–00:30); null in v1 summaries. */
  period: number | null;
}

/** Counters of a group of legs; `S` is how durations are held (sparse when stored, dense when adding up). */
export interface Counters<S> extends Flow {
  wait: S;
  service: S;
  overTarget: number;
  /**
   * The waits of the legs over their own sector's target (count = overTarget), so the wait chart colours
   * exactly the legs the tables count; absent in summaries written before it was kept.
   */
  waitOver?: S;
  outcomes: Record<Outcome, number>;
  ratingCount: number;
  ratingSum: number;
  /** First legs checked in on time for a booking; absent in summaries written before bookings. */
  booked?: number;
  /** Their waits after the slot's start (from check-in when that was later), seconds. */
  bookedWait?: S;
}

export type Cell = CellKey & Counters<SparseStats>;
/** A group being added up: a report row, or a cell while a day is summarised. */
export type Acc = Counters<DenseStats>;

export const FLOW_OF_STATUS: Record<TicketStatus, keyof Flow> = {
  waiting: 'active',
  called: 'active',
  serving: 'active',
  finished: 'served',
  no_show: 'noShow',
  cancelled: 'cancelled',
  transferred: 'transferredOut',
  unserved: 'unserved',
};

export function newAcc(): Acc {
  return {
    arrived: 0,
    transferredIn: 0,
    served: 0,
    noShow: 0,
    cancelled: 0,
    transferredOut: 0,
    unserved: 0,
    active: 0,
    wait: emptyDense(),
    service: emptyDense(),
    overTarget: 0,
    waitOver: emptyDense(),
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
    ratingCount: 0,
    ratingSum: 0,
    booked: 0,
    bookedWait: emptyDense(),
  };
}

const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));

export function dayCells(
  tickets: readonly Ticket[],
  targetOf: ReadonlyMap<string, number>,
  minuteOf: (ms: number) => number,
): Cell[] {
  const cells = new Map<string, { key: CellKey; acc: Acc }>();
  for (const t of tickets) {
    const period = Math.floor(minuteOf(t.queuedAt) / PERIOD_MIN);
    const id = `${t.sectorId}|${t.serviceId ?? ''}|${t.deskId ?? ''}|${t.operatorId ?? ''}|${period}`;
    let entry = cells.get(id);
    if (!entry) {
      const key = {
        sectorId: t.sectorId,
        serviceId: t.serviceId,
        deskId: t.deskId,
        operatorId: t.operatorId,
        period,
      };
      cells.set(id, (entry = { key, acc: newAcc() }));
    }
    const c = entry.acc;
    c[t.previousLegId === null ? 'arrived' : 'transferredIn'] += 1;
    c[FLOW_OF_STATUS[t.status]] += 1;
    if (t.calledAt !== null) {
      const wait = seconds(t.calledAt - t.queuedAt);
      addValue(c.wait, wait);
      const target = targetOf.get(t.sectorId);
      if (target !== undefined && wait > target * 60) {
        c.overTarget += 1;
        if (c.waitOver) addValue(c.waitOver, wait);
      }
    }
    if (t.status === 'finished' && t.startedAt !== null && t.endedAt !== null) {
      addValue(c.service, seconds(t.endedAt - t.startedAt));
    }
    if (t.booking && !t.booking.late && t.previousLegId === null) {
      c.booked = (c.booked ?? 0) + 1;
      if (t.calledAt !== null && c.bookedWait)
        addValue(c.bookedWait, seconds(t.calledAt - Math.max(t.queuedAt, t.booking.slotStart)));
    }
    if (t.outcome !== null) c.outcomes[t.outcome] += 1;
    if (t.rating !== null) {
      c.ratingCount += 1;
      c.ratingSum += t.rating.stars;
    }
  }
  return [...cells.values()].map(({ key, acc }) => toCell(key, acc));
}

export function toCell(key: CellKey, a: Acc): Cell {
  const { waitOver, booked, bookedWait, ...rest } = a;
  return {
    ...key,
    ...rest,
    wait: toSparse(a.wait),
    service: toSparse(a.service),
    ...(waitOver ? { waitOver: toSparse(waitOver) } : {}),
    // Only cells with booked visitors carry the fields: a day without bookings stores what it did before.
    ...(booked ? { booked, ...(bookedWait ? { bookedWait: toSparse(bookedWait) } : {}) } : {}),
  };
}

/** The most legs waiting at once per 30-minute period: in the whole office, and in each sector. */
export interface QueuePeaks {
  office: number[];
  sectors: Record<string, number[]>;
}

/**
 * A leg waits from queuedAt until it is called or ends; one still waiting counts until `until` (now, or
 * the day's close).
 */
export function queuePeaks(
  tickets: readonly Ticket[],
  until: number,
  minuteOf: (ms: number) => number,
): QueuePeaks {
  // Each step is one number, 2 x time + 1 for a join and 2 x time for a leave: a plain numeric sort of a
  // typed array then puts leaving before joining at the same instant (so a queue never looks longer than
  // it was), several times faster than sorting pairs with a comparator. 2 x ms stays far below 2^53.
  const all = new Float64Array(2 * tickets.length);
  let n = 0;
  const bySector = new Map<string, number[]>();
  const endOf = new Map<string, number | null>();
  for (const t of tickets) endOf.set(t.id, t.endedAt);
  for (const t of tickets) {
    // A transferred leg may keep its arrival time, but it joined this queue when the last leg ended.
    const joins = t.previousLegId === null ? t.queuedAt : (endOf.get(t.previousLegId) ?? t.queuedAt);
    const leaves = t.calledAt ?? t.endedAt ?? until;
    if (leaves <= joins) continue;
    all[n++] = 2 * joins + 1;
    all[n++] = 2 * leaves;
    let sector = bySector.get(t.sectorId);
    if (!sector) bySector.set(t.sectorId, (sector = []));
    sector.push(2 * joins + 1, 2 * leaves);
  }
  const sectors: Record<string, number[]> = {};
  for (const [id, steps] of bySector) sectors[id] = peaksOf(Float64Array.from(steps), minuteOf);
  return { office: peaksOf(all.subarray(0, n), minuteOf), sectors };
}

function peaksOf(steps: Float64Array, minuteOf: (ms: number) => number): number[] {
  const sorted = steps.sort();
  const peaks = new Array<number>(PERIODS).fill(0);
  let waiting = 0;
  let last = -1;
  for (const step of sorted) {
    const at = Math.floor(step / 2);
    const delta = step % 2 === 1 ? 1 : -1;
    const minute = minuteOf(at);
    const p = Math.floor(minute / PERIOD_MIN);
    // Periods with no step in them still had the queue that was there; so did this one, unless the
    // step falls on its very first minute.
    const through = minute % PERIOD_MIN === 0 ? p - 1 : p;
    for (let q = Math.max(0, last + 1); q <= through; q++) peaks[q] = Math.max(peaks[q] ?? 0, waiting);
    last = p;
    waiting += delta;
    if (waiting > (peaks[p] ?? 0)) peaks[p] = waiting;
  }
  return peaks;
}
