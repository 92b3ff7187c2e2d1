// Property: over random days of the demo office (transfers, no-shows, cancellations, ratings, a day left
// open or closed with visitors still waiting), every table of a report — on screen and in the exports —
// adds up to the headline figures, and a visitor is counted once however often they were transferred.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  execute,
  initialState,
  OUTCOMES,
  outcomeName,
  t,
  type Command,
  type ReportRow,
  type ReportView,
  type Ticket,
} from '@kezek/shared';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { liveDay, summarizeDay } from './day-summary.js';
import { buildReport, type ReportNames } from './report.js';
import { reportTables } from './report-table.js';

const DAY = '2026-03-02';
const START = Date.parse(`${DAY}T09:00:00+05:00`);
const config = DEMO_OFFICE;
const DESKS = config.desks.map((d) => d.id);
const SECTORS = config.sectors.map((s) => s.id);

type Step =
  | { k: 'issue'; sector: number; service: number }
  | { k: 'call-next'; desk: number }
  | { k: 'start'; desk: number }
  | { k: 'no-show'; desk: number }
  | { k: 'finish'; desk: number; outcome: number }
  | { k: 'transfer'; desk: number; sector: number }
  | { k: 'cancel'; pick: number; stars: number }
  | { k: 'rate'; pick: number; stars: number }
  | { k: 'wait'; minutes: number };

const desk = fc.integer({ min: 0, max: DESKS.length - 1 });
const sector = fc.integer({ min: 0, max: SECTORS.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('issue'), sector, service: fc.nat(3) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('call-next'), desk }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('start'), desk }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('no-show'), desk }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('finish'), desk, outcome: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('transfer'), desk, sector }) },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constantFrom('cancel', 'rate'),
      pick: fc.nat(),
      stars: fc.integer({ min: 1, max: 5 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('wait'), minutes: fc.integer({ min: 0, max: 25 }) }) },
);

function runDay(steps: Step[], close: boolean): { tickets: Ticket[]; end: number } {
  const state = initialState(config);
  let now = START;
  let ids = 0;
  // Refusals are part of a random day (a desk with nobody to call); only what happened counts.
  const run = (c: Command) => void execute(state, c, { now, newId: () => `p${++ids}` });
  run({ type: 'open-day', day: DAY, config });
  DESKS.forEach((deskId, i) => run({ type: 'open-desk', deskId, operatorId: `op-${i}` }));
  const tickets = () => Object.values(state.tickets);
  for (const s of steps) {
    // A desk with a visitor for what needs one, so that random days see transfers and no-shows.
    const busy = DESKS.filter((id) => state.desks[id]?.ticketId);
    const pool = s.k === 'call-next' || busy.length === 0 ? DESKS : busy;
    const deskId = 'desk' in s ? (pool[s.desk % pool.length] ?? '') : '';
    const operatorId = `op-${DESKS.indexOf(deskId)}`;
    if (s.k === 'wait') now += s.minutes * 60_000;
    else if (s.k === 'issue') {
      const sec = config.sectors[s.sector];
      run({
        type: 'issue',
        sectorId: sec?.id ?? '',
        serviceId: sec?.services[s.service]?.id ?? null,
        priority: null,
        lang: 'kk',
        source: 'kiosk-1',
      });
    } else if (s.k === 'call-next') run({ type: 'call-next', deskId, operatorId });
    else if (s.k === 'start' || s.k === 'no-show') run({ type: s.k, deskId });
    else if (s.k === 'finish') {
      const outcome = OUTCOMES[s.outcome] ?? 'solved';
      run({ type: 'finish', deskId, outcome, note: null, callNext: false, operatorId });
    } else if (s.k === 'transfer') {
      run({ type: 'transfer', deskId, toSectorId: SECTORS[s.sector] ?? '', toDeskId: null, note: null });
    } else {
      const wanted = s.k === 'cancel' ? 'waiting' : 'finished';
      const list = tickets().filter((x) => x.status === wanted);
      const t = list[s.pick % Math.max(1, list.length)];
      if (!t) continue;
      if (s.k === 'cancel') run({ type: 'cancel', ticketId: t.id, by: 'kiosk-1' });
      else run({ type: 'rate', ticketId: t.id, stars: s.stars, comment: null });
    }
  }
  now += 60_000;
  if (close) run({ type: 'close-day' });
  return { tickets: tickets(), end: now };
}

const names: ReportNames = {
  sectors: new Map(config.sectors.map((s) => [s.id, { label: s.id, targetWaitMin: s.targetWaitMin }])),
  services: new Map(),
  desks: new Map(),
  operators: new Map(),
};

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
] as const;

/** The figures of a row that add up across rows. */
function additive(r: ReportRow): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of COUNTS) out[k] = r[k];
  for (const o of OUTCOMES) out[o] = r.outcomes[o];
  out['waits'] = r.wait.count;
  out['services'] = r.service.count;
  return out;
}

function sumOf(rows: readonly ReportRow[], like: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(Object.keys(like).map((k) => [k, 0]));
  for (const r of rows) for (const [k, v] of Object.entries(additive(r))) out[k] = (out[k] ?? 0) + v;
  return out;
}

function report(tickets: Ticket[], end: number, close: boolean, sectorId: string | null): ReportView {
  const day = close
    ? summarizeDay(DAY, tickets, config, { until: end })
    : liveDay(tickets, config, { until: end });
  const filter = { sectorId, fromMin: null, toMin: null };
  return buildReport({ from: DAY, to: DAY, summaries: [day], names, filter, now: end });
}

const days = fc.record({
  steps: fc.array(step, { minLength: 1, maxLength: 300, size: 'large' }),
  close: fc.boolean(),
  sector: fc.option(fc.constantFrom(...SECTORS), { nil: null }),
});

describe('a report of any day', () => {
  it('has every table add up to the headline figures', () => {
    fc.assert(
      fc.property(days, ({ steps, close, sector }) => {
        const { tickets, end } = runDay(steps, close);
        const r = report(tickets, end, close, sector);
        const total = additive(r.total);
        for (const rows of [r.sectors, r.services, r.desks, r.operators, r.periods]) {
          expect(sumOf(rows, total)).toEqual(total);
        }
        // Every leg ends one way or is still active: nothing counted twice or lost.
        const t = r.total;
        expect(t.arrived + t.transferredIn).toBe(
          t.served + t.noShow + t.cancelled + t.unserved + t.active + t.transferredOut,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('counts a transferred visitor once in the office: arrivals are the visitors, and each ends once', () => {
    fc.assert(
      fc.property(days, ({ steps, close }) => {
        const { tickets, end } = runDay(steps, close);
        const t = report(tickets, end, close, null).total;
        const visitors = tickets.filter((x) => x.previousLegId === null).length;
        expect(t.arrived).toBe(visitors);
        expect(t.transferredIn).toBe(t.transferredOut);
        expect(t.arrived).toBe(t.served + t.noShow + t.cancelled + t.unserved + t.active);
      }),
      { numRuns: 100 },
    );
  });

  it('colours in the wait chart exactly the legs over their own sector’s target', () => {
    fc.assert(
      fc.property(days, ({ steps, close, sector }) => {
        const { tickets, end } = runDay(steps, close);
        const r = report(tickets, end, close, sector);
        const target = new Map(config.sectors.map((s) => [s.id, s.targetWaitMin * 60]));
        const over = tickets.filter(
          (x) =>
            (sector === null || x.sectorId === sector) &&
            x.calledAt !== null &&
            Math.round((x.calledAt - x.queuedAt) / 1000) > (target.get(x.sectorId) ?? Infinity),
        ).length;
        expect(r.total.overTarget).toBe(over);
        expect(r.waitOverHistogram.reduce((a, b) => a + b, 0)).toBe(over);
        r.waitOverHistogram.forEach((n, m) => expect(n).toBeLessThanOrEqual(r.waitHistogram[m] ?? 0));
      }),
      { numRuns: 100 },
    );
  });

  it('ends every exported table on a total line that its rows add up to', () => {
    fc.assert(
      fc.property(days, ({ steps, close, sector }) => {
        const { tickets, end } = runDay(steps, close);
        const r = report(tickets, end, close, sector);
        for (const table of reportTables(r, 'ru')) {
          if (table.rows.length === 0) continue;
          const body = table.rows.slice(0, -1);
          const totalLine = table.rows.at(-1) ?? [];
          expect(totalLine[0]).toBe(t('ru', 'head.total'));
          table.header.forEach((h, col) => {
            // Counts add up; averages, medians, percentages and minutes of time do not have to.
            if (!ADDITIVE_RU.has(h)) return;
            const sum = body.reduce<number>((a, line) => a + Number(line[col] ?? 0), 0);
            expect([table.title, h, sum]).toEqual([table.title, h, Number(totalLine[col] ?? 0)]);
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});

const ADDITIVE_RU = new Set([
  ...(
    [
      'head.col.arrived',
      'head.col.transferredIn',
      'head.col.served',
      'head.col.noShow',
      'head.col.cancelled',
      'head.col.unserved',
      'head.col.transferredOut',
      'head.col.overTarget',
      'head.col.ratingCount',
    ] as const
  ).map((k) => t('ru', k)),
  ...OUTCOMES.map((o) => outcomeName('ru', o)),
]);
