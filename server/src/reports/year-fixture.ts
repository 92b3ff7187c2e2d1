// A generated history for the year-report test and benchmark: days of the demo office with a few
// thousand tickets each, summarised as the archive would and written as day files under a data folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUTCOMES, type OfficeConfig, type Ticket } from '@kezek/shared';
import { summarizeDay } from './day-summary.js';
import type { DaySummary } from './day-summary-types.js';

/** A small deterministic generator, so a failing run can be repeated. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function syntheticTickets(
  config: OfficeConfig,
  dayStartUtc: number,
  count: number,
  seed: number,
): Ticket[] {
  const rnd = lcg(seed);
  const opens = dayStartUtc + 9 * 3600_000;
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    const sector = config.sectors[Math.floor(rnd() * config.sectors.length)] ?? config.sectors[0];
    const desk = config.desks.find((d) => sector && d.sectorIds.includes(sector.id)) ?? null;
    const issuedAt = opens + Math.floor(rnd() * 9 * 3600_000);
    const roll = rnd();
    const called = roll < 0.92;
    const calledAt = called ? issuedAt + Math.floor(rnd() * 40 * 60_000) : null;
    const finished = roll < 0.85;
    const startedAt = finished && calledAt !== null ? calledAt + 30_000 : null;
    const endedAt = startedAt !== null ? startedAt + Math.floor(rnd() * 20 * 60_000) : calledAt;
    tickets.push({
      id: `t${i}`,
      number: `${sector?.letter ?? 'A'}${String(i % 999).padStart(3, '0')}`,
      seq: i + 1,
      code: `c${i}`,
      sectorId: sector?.id ?? 'x',
      serviceId: sector?.services[0]?.id ?? null,
      priority: null,
      lang: 'kk',
      status: finished ? 'finished' : called ? 'no_show' : 'unserved',
      issuedAt,
      queuedAt: issuedAt,
      calledAt,
      startedAt,
      endedAt: endedAt ?? opens + 9 * 3600_000,
      deskId: called ? (desk?.id ?? null) : null,
      operatorId: called && desk ? `op-${desk.number}` : null,
      targetDeskId: null,
      calls: called ? 1 : 0,
      outcome: finished ? (OUTCOMES[i % OUTCOMES.length] ?? 'solved') : null,
      note: null,
      firstLegId: null,
      previousLegId: null,
      nextLegId: null,
      rating: finished && i % 7 === 0 ? { stars: 1 + (i % 5), comment: null, at: endedAt ?? 0 } : null,
      source: 'kiosk-1',
    });
  }
  return tickets;
}

/** Writes `days` working days ending before `lastDay` (a few distinct days, repeated) and returns them. */
export async function writeHistory(
  dataDir: string,
  config: OfficeConfig,
  days: number,
  ticketsPerDay: number,
): Promise<DaySummary[]> {
  const templates = [1, 2, 3, 4, 5].map((seed) =>
    summarizeDay(
      'template',
      syntheticTickets(config, Date.UTC(2025, 0, 1) - 5 * 3600_000, ticketsPerDay, seed),
      config,
    ),
  );
  await mkdir(join(dataDir, 'days'), { recursive: true });
  const written: DaySummary[] = [];
  for (let i = 0; i < days; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const summary = { ...(templates[i % templates.length] as DaySummary), day };
    const record = { schemaVersion: 1, day, closedAt: 0, summary };
    // The archive file only has to exist: reports read the summary beside it.
    await writeFile(join(dataDir, 'days', `${day}.json`), JSON.stringify({ ...record, tickets: [] }));
    await writeFile(join(dataDir, 'days', `${day}.summary.json`), JSON.stringify(record));
    written.push(summary);
  }
  return written;
}
