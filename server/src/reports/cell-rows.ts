// Cells as rows of values in a fixed order, for the summary files a year report reads: 250 files of a few
// hundred cells each, where JSON parsing is most of the report's time. Without the repeated field names a
// summary is half the size and parses in about two thirds of the time (decisions §19). Only the summary
// files use rows; the day's archive and everything in memory keep plain cells.
import { OUTCOMES, type Outcome } from '@kezek/shared';
import type { Cell } from './day-cells.js';
import type { SparseStats } from './sparse-stats.js';

const COUNTS = [
  'arrived',
  'transferredIn',
  'served',
  'noShow',
  'cancelled',
  'transferredOut',
  'unserved',
  'active',
  'overTarget',
  'ratingCount',
  'ratingSum',
] as const;

type Stats = [count: number, sum: number, min: number | null, max: number | null, hist: number[]];

/**
 * sectorId, serviceId, deskId, operatorId, period, the COUNTS, wait, service, outcomes in OUTCOMES order,
 * then the over-target waits (absent in rows written before they were kept), then, only in cells with
 * booked visitors, the booked count and their waits after the slot (the over-target slot is then null
 * when a cell has no over-target waits, so the positions hold).
 */
export type CellRow = [
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  ...(number | Stats | number[] | null)[],
];

const packStats = (s: SparseStats): Stats => [s.count, s.sum, s.min, s.max, s.hist];
const unpackStats = ([count, sum, min, max, hist]: Stats): SparseStats => ({ count, sum, min, max, hist });

export function packCells(cells: readonly Cell[]): CellRow[] {
  return cells.map((c) => [
    c.sectorId,
    c.serviceId,
    c.deskId,
    c.operatorId,
    c.period,
    ...COUNTS.map((k) => c[k]),
    packStats(c.wait),
    packStats(c.service),
    OUTCOMES.map((o) => c.outcomes[o]),
    ...(c.booked
      ? [
          c.waitOver ? packStats(c.waitOver) : null,
          c.booked,
          packStats(c.bookedWait ?? { count: 0, sum: 0, min: null, max: null, hist: [] }),
        ]
      : c.waitOver
        ? [packStats(c.waitOver)]
        : []),
  ]);
}

const WAIT = 5 + COUNTS.length;
const SERVICE = WAIT + 1;
const OUTCOMES_AT = WAIT + 2;
const WAIT_OVER = WAIT + 3;
const BOOKED = WAIT + 4;
const BOOKED_WAIT = WAIT + 5;

export function unpackCells(rows: readonly CellRow[]): Cell[] {
  // Plain loops over the same field lists packCells used: building each cell from entry lists
  // (Object.fromEntries and spreads) was slower than parsing the field names the rows save.
  return rows.map((r) => {
    const cell = {
      sectorId: r[0],
      serviceId: r[1],
      deskId: r[2],
      operatorId: r[3],
      period: r[4],
      wait: unpackStats(r[WAIT] as Stats),
      service: unpackStats(r[SERVICE] as Stats),
      outcomes: {} as Cell['outcomes'],
    } as Cell;
    for (let i = 0; i < COUNTS.length; i++) cell[COUNTS[i] as (typeof COUNTS)[number]] = r[5 + i] as number;
    const outcomes = r[OUTCOMES_AT] as number[];
    for (let i = 0; i < OUTCOMES.length; i++) cell.outcomes[OUTCOMES[i] as Outcome] = outcomes[i] ?? 0;
    const over = r[WAIT_OVER] as Stats | undefined;
    if (over) cell.waitOver = unpackStats(over);
    const booked = r[BOOKED] as number | undefined;
    if (booked) {
      cell.booked = booked;
      cell.bookedWait = unpackStats(r[BOOKED_WAIT] as Stats);
    }
    return cell;
  });
}
