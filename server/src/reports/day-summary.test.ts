import type { OfficeConfig, Sector, Ticket } from '@kezek/shared';
import { describe, expect, it } from 'vitest';
import { summarizeDay } from './day-summary.js';
import { HISTOGRAM_LENGTH } from './duration-stats.js';

// Asia/Aqtau has been UTC+5 without daylight saving for decades, so local times below are UTC+5.
const at = (hhmmss: string, ms = 0): number => {
  const [h, m, s] = hhmmss.split(':').map(Number) as [number, number, number];
  return Date.UTC(2025, 2, 14, h - 5, m, s, ms);
};

const names = { kk: '', ru: '', en: '' };
const sector = (id: string, letter: string, targetWaitMin: number): Sector => ({
  id,
  letter,
  names,
  hints: names,
  services: [],
  targetWaitMin,
  dailyLimit: null,
  priorityAllowed: true,
  hours: null,
  enabled: true,
});
const config: OfficeConfig = {
  officeName: names,
  timeZone: 'Asia/Aqtau',
  hours: [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1080], null],
  languages: ['kk', 'ru', 'en'],
  sectors: [sector('a', 'A', 10), sector('b', 'B', 5), sector('c', 'C', 15)],
  desks: [],
  policy: { kind: 'strict' },
  transferKeepsArrival: true,
  startOnCall: false,
  noShowGraceSec: 60,
};

function leg(id: string, sectorId: string, issued: string, fields: Partial<Ticket>): Ticket {
  return {
    id,
    number: id,
    seq: 1,
    code: `code-${id}`,
    sectorId,
    serviceId: null,
    priority: null,
    lang: 'kk',
    status: 'finished',
    issuedAt: at(issued),
    queuedAt: at(issued),
    calledAt: null,
    startedAt: null,
    endedAt: null,
    deskId: null,
    operatorId: null,
    targetDeskId: null,
    calls: fields.calledAt ? 1 : 0,
    outcome: null,
    note: null,
    firstLegId: null,
    previousLegId: null,
    nextLegId: null,
    rating: null,
    source: 'kiosk-1',
    ...fields,
  };
}
const rating = (stars: number) => ({ stars, comment: null, at: at('18:00:00') });
const served = (desk: string, op: string, called: string, started: string, ended: string) => ({
  status: 'finished' as const,
  deskId: desk,
  operatorId: op,
  calledAt: at(called),
  startedAt: at(started),
  endedAt: at(ended),
});

// Eleven legs of ten visitors; the expected numbers below were worked out by hand from these times.
const tickets: Ticket[] = [
  leg('t1', 'a', '09:00:00', {
    ...served('d1', 'o1', '09:04:00', '09:04:30', '09:14:30'),
    outcome: 'solved',
    rating: rating(5),
  }),
  leg('t2', 'a', '09:10:00', {
    ...served('d1', 'o1', '09:25:00', '09:25:00', '09:30:30'),
    outcome: 'consulted',
    rating: rating(4),
  }),
  leg('t3', 'a', '09:20:00', {
    status: 'no_show',
    deskId: 'd1',
    operatorId: 'o1',
    calledAt: at('09:31:00'),
    endedAt: at('09:33:00'),
  }),
  leg('t4', 'a', '09:40:00', { status: 'cancelled', endedAt: at('09:45:00') }),
  // B001 is served at d2, then transferred to sector A keeping its arrival time.
  leg('t5', 'b', '10:05:00', {
    ...served('d2', 'o2', '10:07:00', '10:07:00', '10:20:00'),
    status: 'transferred',
    nextLegId: 't6',
  }),
  leg('t6', 'a', '10:20:00', {
    ...served('d3', 'o3', '10:26:00', '10:26:00', '10:36:00'),
    queuedAt: at('10:05:00'),
    firstLegId: 't5',
    previousLegId: 't5',
    outcome: 'solved',
    rating: rating(2),
  }),
  leg('t7', 'b', '10:30:00', {
    ...served('d2', 'o2', '10:36:00', '10:36:40', '10:38:00'),
    outcome: 'in_progress',
  }),
  leg('t8', 'b', '11:15:00', {
    ...served('d3', 'o3', '11:16:00', '11:16:00', '11:19:00'),
    outcome: 'redirected',
    rating: rating(5),
  }),
  leg('t9', 'b', '16:50:00', { status: 'unserved', endedAt: at('18:00:00') }),
  // Called just before closing and never started; 299.4 s rounds to 299.
  leg('t10', 'a', '17:55:00', { status: 'unserved', calledAt: at('17:59:59', 400), endedAt: at('18:00:00') }),
  // Waited over two hours (overflow bucket); served at d3 by o2, who moved desks.
  leg('t11', 'a', '08:50:00', {
    ...served('d3', 'o2', '11:00:30', '11:01:00', '11:05:00'),
    outcome: 'solved',
    rating: rating(3),
  }),
];

const hist = (buckets: Record<number, number>): number[] => {
  const h = new Array<number>(HISTOGRAM_LENGTH).fill(0);
  for (const [i, n] of Object.entries(buckets)) h[Number(i)] = n;
  return h;
};
const stars = (s: Partial<Record<1 | 2 | 3 | 4 | 5, number>>) => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, ...s });
const outcomes = (o: Partial<Record<'solved' | 'consulted' | 'in_progress' | 'redirected', number>>) => ({
  solved: 0,
  consulted: 0,
  in_progress: 0,
  redirected: 0,
  ...o,
});

describe('summarizeDay', () => {
  const summary = summarizeDay('2025-03-14', tickets, config);

  it('counts the flow of legs per sector and for the office', () => {
    const flow = (
      arrived: number,
      transferredIn: number,
      servedN: number,
      noShow: number,
      cancelled: number,
      transferredOut: number,
      unserved: number,
    ) => ({
      arrived,
      transferredIn,
      served: servedN,
      noShow,
      cancelled,
      transferredOut,
      unserved,
      active: 0,
    });
    expect(summary.sectors.a).toMatchObject(flow(6, 1, 4, 1, 1, 0, 1));
    expect(summary.sectors.b).toMatchObject(flow(4, 0, 2, 0, 0, 1, 1));
    expect(summary.sectors.c).toMatchObject(flow(0, 0, 0, 0, 0, 0, 0));
    expect(summary.office).toMatchObject(flow(10, 1, 6, 1, 1, 1, 2));
    expect(summary.sectors.a).toMatchObject({ letter: 'A', targetWaitMin: 10 });
  });

  it('measures waits of called legs, with percentiles, histogram and over-target counts', () => {
    expect(summary.sectors.a?.wait).toEqual({
      count: 6,
      sum: 11189,
      min: 240,
      max: 7830,
      median: 780,
      p90: 7830,
      histogram: hist({ 4: 2, 11: 1, 15: 1, 21: 1, 120: 1 }),
    });
    expect(summary.sectors.b?.wait).toEqual({
      count: 3,
      sum: 540,
      min: 60,
      max: 360,
      median: 120,
      p90: 360,
      histogram: hist({ 1: 1, 2: 1, 6: 1 }),
    });
    expect(summary.office.wait).toEqual({
      count: 9,
      sum: 11729,
      min: 60,
      max: 7830,
      median: 360,
      p90: 7830,
      histogram: hist({ 1: 1, 2: 1, 4: 2, 6: 1, 11: 1, 15: 1, 21: 1, 120: 1 }),
    });
    expect([summary.sectors.a?.overTarget, summary.sectors.b?.overTarget, summary.office.overTarget]).toEqual(
      [4, 1, 5],
    );
  });

  it('measures service of finished legs only', () => {
    expect(summary.sectors.a?.service).toEqual({
      count: 4,
      sum: 1770,
      min: 240,
      max: 600,
      median: 465,
      p90: 600,
      histogram: hist({ 4: 1, 5: 1, 10: 2 }),
    });
    expect(summary.sectors.b?.service).toEqual({
      count: 2,
      sum: 260,
      min: 80,
      max: 180,
      median: 130,
      p90: 180,
      histogram: hist({ 1: 1, 3: 1 }),
    });
    expect(summary.office.service).toEqual({
      count: 6,
      sum: 2030,
      min: 80,
      max: 600,
      median: 285,
      p90: 600,
      histogram: hist({ 1: 1, 3: 1, 4: 1, 5: 1, 10: 2 }),
    });
    expect(summary.sectors.c?.service).toEqual({
      count: 0,
      sum: 0,
      min: null,
      max: null,
      median: null,
      p90: null,
      histogram: hist({}),
    });
  });

  it('counts outcomes and ratings', () => {
    expect(summary.sectors.a?.outcomes).toEqual(outcomes({ solved: 3, consulted: 1 }));
    expect(summary.sectors.b?.outcomes).toEqual(outcomes({ in_progress: 1, redirected: 1 }));
    expect(summary.office.outcomes).toEqual(
      outcomes({ solved: 3, consulted: 1, in_progress: 1, redirected: 1 }),
    );
    expect(summary.sectors.a?.ratings).toEqual({
      count: 4,
      sum: 14,
      byStars: stars({ 2: 1, 3: 1, 4: 1, 5: 1 }),
    });
    expect(summary.sectors.b?.ratings).toEqual({ count: 1, sum: 5, byStars: stars({ 5: 1 }) });
    expect(summary.office.ratings).toEqual({ count: 5, sum: 19, byStars: stars({ 2: 1, 3: 1, 4: 1, 5: 2 }) });
  });

  it('credits finished legs to their desk and operator', () => {
    expect(summary.desks).toEqual({
      d1: { served: 2, serviceSecSum: 930 },
      d2: { served: 1, serviceSecSum: 80 },
      d3: { served: 3, serviceSecSum: 1020 },
    });
    expect(summary.operators).toEqual({
      o1: { served: 2, serviceSecSum: 930 },
      o2: { served: 2, serviceSecSum: 320 },
      o3: { served: 2, serviceSecSum: 780 },
    });
  });

  it('spreads arrivals and waits over the hours of the local day', () => {
    const expected = Array.from({ length: 24 }, () => ({ arrived: 0, waitCount: 0, waitSecSum: 0 }));
    expected[8] = { arrived: 1, waitCount: 1, waitSecSum: 7830 };
    expected[9] = { arrived: 4, waitCount: 3, waitSecSum: 1800 };
    expected[10] = { arrived: 2, waitCount: 3, waitSecSum: 1740 };
    expected[11] = { arrived: 1, waitCount: 1, waitSecSum: 60 };
    expected[16] = { arrived: 1, waitCount: 0, waitSecSum: 0 };
    expected[17] = { arrived: 1, waitCount: 1, waitSecSum: 299 };
    expect(summary.hours).toEqual(expected);
  });

  it('records the day and zone, and survives a JSON round trip unchanged', () => {
    expect(summary).toMatchObject({ summaryVersion: 2, day: '2025-03-14', timeZone: 'Asia/Aqtau' });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('summarises a ticket of a sector removed from the set-up without a target', () => {
    const s = summarizeDay(
      '2025-03-14',
      [leg('x', 'gone', '12:00:00', served('d1', 'o1', '13:00:00', '13:00:00', '13:01:00'))],
      config,
    );
    expect(s.sectors.gone).toMatchObject({ letter: null, targetWaitMin: null, served: 1, overTarget: 0 });
  });
});
