// Cells as rows of values in a fixed order, for the summary files a year report reads: 250 files of a few
// hundred cells each, where JSON parsing is most of the report's time. Without the repeated field names a
// summary is half the size and parses in about two thirds of the time (decisions §19). Only the summary
// files use rows; the day's archive and everything in memory keep plain cells.
import { OUTCOMES } from '@kezek/shared';
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

/** sectorId, serviceId, deskId, operatorId, period, the COUNTS, wait, service, outcomes in OUTCOMES order. */
export type CellRow = [
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  ...(number | Stats | number[])[],
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
  ]);
}

export function unpackCells(rows: readonly CellRow[]): Cell[] {
  // Written out field by field: this runs for every cell of a year (40,000 of them), and building the
  // objects from entry lists was slower than parsing the field names it saves.
  return rows.map((r) => {
    const n = (i: number) => r[5 + i] as number;
    const o = r[18] as number[];
    return {
      sectorId: r[0],
      serviceId: r[1],
      deskId: r[2],
      operatorId: r[3],
      period: r[4],
      arrived: n(0),
      transferredIn: n(1),
      served: n(2),
      noShow: n(3),
      cancelled: n(4),
      transferredOut: n(5),
      unserved: n(6),
      active: n(7),
      overTarget: n(8),
      ratingCount: n(9),
      ratingSum: n(10),
      wait: unpackStats(r[16] as Stats),
      service: unpackStats(r[17] as Stats),
      outcomes: { solved: o[0] ?? 0, consulted: o[1] ?? 0, in_progress: o[2] ?? 0, redirected: o[3] ?? 0 },
    };
  });
}
