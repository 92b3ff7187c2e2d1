// A service's own wait norm, where it differs from its sector's, decides the "over target" counts of the
// day summary (what the archive and the region hub keep), the head's report and the public figures.
import { describe, expect, it } from 'vitest';
import { normLookup } from '@kezek/shared';
import { fixtureConfig, MIN, Office } from '../../../shared/src/queue/test-fixture.js';
import { figures } from '../openness/open-view.js';
import { packCells, unpackCells } from './cell-rows.js';
import { liveDay, summarizeDay } from './day-summary.js';
import { buildReport, type ReportNames } from './report.js';

function legalWithNorms() {
  const config = fixtureConfig();
  const legal = config.sectors.find((s) => s.id === 'legal');
  if (!legal) throw new Error('the fixture office has a legal sector');
  const [property, family] = legal.services;
  if (!property || !family) throw new Error('legal has two services');
  property.maxWaitMin = 5;
  property.maxServiceMin = 4;
  family.maxWaitMin = 30;
  legal.maxServiceMin = 10;
  return config; // legal's own target wait stays 15 minutes
}

/**
 * Three visitors of legal each wait 20-30 minutes, against property's norm of 5, family's 30 and legal's
 * 15, and are each served 5 minutes, against property's 4 and legal's 10 (family has none of its own).
 */
function dayOfThree() {
  const config = legalWithNorms();
  const office = new Office(config);
  office.issue('legal', null, 'property');
  office.issue('legal', null, 'family');
  office.issue('legal', null, null);
  office.openDesk('d1').advance(20 * MIN);
  for (let i = 0; i < 3; i++) {
    office.callNext('d1');
    office.serve('d1', 5 * MIN);
  }
  return { config, tickets: Object.values(office.state.tickets) };
}

const names = (config: ReturnType<typeof fixtureConfig>): ReportNames => ({
  sectors: new Map(config.sectors.map((s) => [s.id, { label: s.id, targetWaitMin: s.targetWaitMin }])),
  services: new Map(),
  desks: new Map(),
  operators: new Map(),
  norms: normLookup(config.sectors),
});

const NO_FILTER = { sectorId: null, fromMin: null, toMin: null };

describe('over-target counts with per-service norms', () => {
  it('count the property visitor (20 > 5) and the one without a service (30 > 15), not family (25 < 30)', () => {
    const { config, tickets } = dayOfThree();
    const summary = summarizeDay('2024-06-03', tickets, config);
    expect(summary.office.overTarget).toBe(2);
    expect(summary.sectors['legal']?.overTarget).toBe(2);

    const report = buildReport({
      from: '2024-06-03',
      to: '2024-06-03',
      summaries: [summary],
      names: names(config),
      filter: NO_FILTER,
      now: 0,
    });
    expect(report.total.overTarget).toBe(2);
    const byService = Object.fromEntries(report.services.map((r) => [r.key, r.overTarget]));
    expect(byService).toEqual({ 'legal/property': 1, 'legal/family': 0, 'legal/~none': 1 });
    // The wait chart colours the same two legs, and its norm band spans the services' norms.
    expect(report.waitOverHistogram.reduce((a, b) => a + b, 0)).toBe(2);
    expect([report.targetWaitMin, report.targetWaitMaxMin]).toEqual([5, 30]);
    // Service time: only property's visit (5 > 4) ran over; the others are held to legal's 10.
    expect(report.total.overService).toBe(1);
    const overService = Object.fromEntries(report.services.map((r) => [r.key, r.overService]));
    expect(overService).toEqual({ 'legal/property': 1, 'legal/family': 0, 'legal/~none': 0 });
    // The public figures: one of three within the norm.
    expect(figures(report.total).withinNormPct).toBe(33.3);
  });

  it('give today’s live report the same counts as the archive will', () => {
    const { config, tickets } = dayOfThree();
    const live = liveDay(tickets, config);
    const report = buildReport({
      from: '2024-06-03',
      to: '2024-06-03',
      summaries: [live],
      names: names(config),
      filter: NO_FILTER,
      now: 0,
    });
    expect(report.total.overTarget).toBe(2);
  });

  it('keep the over-norm services through the summary file’s rows', () => {
    const { config, tickets } = dayOfThree();
    const summary = summarizeDay('2024-06-03', tickets, config);
    const stored = unpackCells(JSON.parse(JSON.stringify(packCells(summary.cells ?? []))) as never);
    const report = buildReport({
      from: '2024-06-03',
      to: '2024-06-03',
      summaries: [{ ...summary, cells: stored }],
      names: names(config),
      filter: NO_FILTER,
      now: 0,
    });
    expect([report.total.overTarget, report.total.overService]).toEqual([2, 1]);
  });

  it('fall back to the sector’s target for every service when no service sets its own', () => {
    const config = fixtureConfig();
    const office = new Office(config);
    office.issue('legal', null, 'property');
    office.issue('legal', null, 'family');
    office.openDesk('d1').advance(20 * MIN);
    office.callNext('d1');
    office.serve('d1');
    office.callNext('d1');
    office.serve('d1');
    expect(summarizeDay('2024-06-03', Object.values(office.state.tickets), config).office.overTarget).toBe(2);
  });
});
