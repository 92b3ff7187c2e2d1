// The head's reports at scale: one 3,000-ticket day summarised from its tickets, and a year of 250
// such days read from their summary files. The year's archives are generated once into a cache folder.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfficeConfig, Ticket } from '@kezek/shared';
import { buildReport, type ReportNames } from '../reports/report.js';
import { liveDay, summarizeDay } from '../reports/day-summary.js';
import { readDaySummaries, toStoredSummary } from '../storage/day-archive.js';
import { generateDay } from './generate-day.js';

const DAY_MS = 86_400_000;
const YEAR_DAYS = 250;
const TICKETS = 3000;
const FIRST = Date.parse('2024-01-01T04:00:00Z'); // 09:00 in Almaty

const dayName = (n: number) => new Date(FIRST + n * DAY_MS).toISOString().slice(0, 10);
const noFilter = { sectorId: null, fromMin: null, toMin: null };

function names(config: OfficeConfig): ReportNames {
  return {
    sectors: new Map(
      config.sectors.map((s) => [
        s.id,
        { label: `${s.letter} · ${s.names.kk}`, targetWaitMin: s.targetWaitMin },
      ]),
    ),
    services: new Map(),
    desks: new Map(config.desks.map((d) => [d.id, `Терезе ${d.number}`])),
    operators: new Map(config.desks.map((_, i) => [`u-op${i + 1}`, `Маман ${i + 1}`])),
  };
}

function shifted(tickets: readonly Ticket[], ms: number): Ticket[] {
  const at = (v: number | null) => (v === null ? null : v + ms);
  return tickets.map((t) => ({
    ...t,
    issuedAt: t.issuedAt + ms,
    queuedAt: t.queuedAt + ms,
    calledAt: at(t.calledAt),
    startedAt: at(t.startedAt),
    endedAt: at(t.endedAt),
    rating: t.rating && { ...t.rating, at: t.rating.at + ms },
  }));
}

/** Writes 250 closed days (archive + summary, the files archiveDay writes) unless the cache has them. */
async function yearCache(config: OfficeConfig): Promise<{ dir: string; tickets: Ticket[] }> {
  const dir = join(tmpdir(), 'kezek-bench-year-v2'); // v2: summary files with cell rows
  const base = Object.values(generateDay(config, dayName(0), FIRST, TICKETS, true).state.tickets);
  if (existsSync(join(dir, 'complete'))) return { dir, tickets: base };
  await mkdir(join(dir, 'days'), { recursive: true });
  for (let n = 0; n < YEAR_DAYS; n++) {
    const day = dayName(n);
    const tickets = shifted(base, n * DAY_MS);
    const closedAt = FIRST + n * DAY_MS + 10 * 3600_000;
    const summary = summarizeDay(day, tickets, config, { until: closedAt });
    const record = { schemaVersion: 1 as const, day, closedAt, summary };
    await writeFile(join(dir, 'days', `${day}.json`), JSON.stringify({ ...record, tickets }));
    await writeFile(join(dir, 'days', `${day}.summary.json`), JSON.stringify(toStoredSummary(record)));
  }
  await writeFile(join(dir, 'complete'), '');
  return { dir, tickets: base };
}

export interface ReportTimes {
  dayMs: number[];
  yearMs: number[];
  ticketsPerDay: number;
}

export async function reportTimes(config: OfficeConfig, runs: number): Promise<ReportTimes> {
  const { dir, tickets } = await yearCache(config);
  const n = names(config);
  const dayMs: number[] = [];
  const yearMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    // Today's report, as GET /api/reports/daily builds it while the day is open (report-source.ts).
    const today = liveDay(tickets, config, { until: FIRST + 10 * 3600_000 });
    buildReport({
      from: dayName(0),
      to: dayName(0),
      summaries: [today],
      names: n,
      filter: noFilter,
      now: Date.now(),
    });
    dayMs.push(performance.now() - t);

    t = performance.now();
    const year = await readDaySummaries(dir, dayName(0), dayName(YEAR_DAYS - 1));
    if (year.length !== YEAR_DAYS) throw new Error(`year cache holds ${year.length} days`);
    const report = buildReport({
      from: dayName(0),
      to: dayName(YEAR_DAYS - 1),
      summaries: year.map((y) => y.summary),
      names: n,
      filter: noFilter,
      now: Date.now(),
    });
    yearMs.push(performance.now() - t);
    if (report.total.arrived === 0) throw new Error('the year report counted nothing');
  }
  return { dayMs, yearMs, ticketsPerDay: tickets.length };
}
