import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfficeConfig, Ticket } from '@kezek/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  archiveDay,
  archivePath,
  findOpenJournals,
  journalPath,
  readDayArchive,
  readDaySummaries,
  summaryPath,
} from './day-archive.js';
import { ensureDirDurable } from './durable-file.js';
import { StorageError } from './errors.js';
import { openJournal } from './journal.js';
import { createRecordingLogger } from './logger.js';

const names = { kk: '', ru: '', en: '' };
const config: OfficeConfig = {
  officeName: names,
  timeZone: 'Asia/Almaty',
  hours: [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1080], null],
  languages: ['kk', 'ru', 'en'],
  sectors: ['A', 'B', 'C', 'D', 'E'].map((letter) => ({
    id: `s-${letter}`,
    letter,
    names,
    hints: names,
    services: [],
    targetWaitMin: 15,
    dailyLimit: null,
    priorityAllowed: true,
    hours: null,
    enabled: true,
  })),
  desks: [],
  policy: { kind: 'strict' },
  transferKeepsArrival: true,
  startOnCall: false,
  noShowGraceSec: 60,
};

/** A plausible day: tickets spread over 9 hours, most served, some rated, every field filled as in life. */
function makeTickets(count: number, dayStart = Date.UTC(2025, 2, 14, 4)): Ticket[] {
  return Array.from({ length: count }, (_, i) => {
    const letter = 'ABCDE'.charAt(i % 5);
    const issuedAt = dayStart + Math.floor((i / count) * 9 * 3600_000);
    const calledAt = issuedAt + ((i * 7919) % 1800) * 1000;
    const startedAt = calledAt + 20_000;
    const status = i % 50 === 0 ? 'no_show' : i % 41 === 0 ? 'cancelled' : 'finished';
    return {
      id: `t-${i.toString(36)}-${(i * 2654435761).toString(36)}`,
      number: `${letter}${String(Math.floor(i / 5) + 1).padStart(3, '0')}`,
      seq: Math.floor(i / 5) + 1,
      code: (i * 48271).toString(36).padStart(10, 'x'),
      sectorId: `s-${letter}`,
      serviceId: `svc-${i % 13}`,
      priority: i % 17 === 0 ? 'elderly' : null,
      lang: (['kk', 'ru', 'en'] as const)[i % 3] ?? 'kk',
      status,
      issuedAt,
      queuedAt: issuedAt,
      calledAt: status === 'cancelled' ? null : calledAt,
      startedAt: status === 'finished' ? startedAt : null,
      endedAt: status === 'finished' ? startedAt + ((i * 104729) % 1200) * 1000 : calledAt + 60_000,
      deskId: status === 'cancelled' ? null : `desk-${i % 8}`,
      operatorId: status === 'cancelled' ? null : `user-${i % 8}`,
      targetDeskId: null,
      calls: status === 'cancelled' ? 0 : 1,
      outcome: status === 'finished' ? 'solved' : null,
      note: i % 9 === 0 ? 'Анықтама берілді, құжаттар толық емес' : null,
      firstLegId: null,
      previousLegId: null,
      nextLegId: null,
      rating: i % 4 === 0 ? { stars: (i % 5) + 1, comment: null, at: startedAt + 900_000 } : null,
      source: `kiosk-${i % 3}`,
    } satisfies Ticket;
  });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-days-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('day archive', () => {
  it('archives a day, then removes its journal; the archive and its summary read back', async () => {
    const { journal } = await openJournal(journalPath(dir, '2025-03-14'), { log: createRecordingLogger() });
    await journal.append({ type: 'day:closed', at: 1 });
    await journal.close();
    const tickets = makeTickets(20);

    const archive = await archiveDay(dir, '2025-03-14', 1234, tickets, config);
    expect(await readdir(join(dir, 'journal'))).toEqual([]);
    expect(await readDayArchive(dir, '2025-03-14')).toEqual(archive);
    expect(archive).toMatchObject({ schemaVersion: 1, day: '2025-03-14', closedAt: 1234, tickets });
    expect(archive.summary.office.arrived).toBe(20);
    expect(await readDaySummaries(dir, '2025-03-01', '2025-03-31')).toEqual([
      { schemaVersion: 1, day: '2025-03-14', closedAt: 1234, summary: archive.summary },
    ]);
    expect(await readDayArchive(dir, '2025-03-15')).toBeNull();
  });

  it('reads summaries of the days within the range only, oldest first', async () => {
    for (const day of ['2025-03-03', '2025-02-28', '2025-03-01', '2025-03-31', '2025-04-01']) {
      await archiveDay(dir, day, 0, makeTickets(3), config);
    }
    const days = (await readDaySummaries(dir, '2025-03-01', '2025-03-31')).map((s) => s.day);
    expect(days).toEqual(['2025-03-01', '2025-03-03', '2025-03-31']);
    expect(await readDaySummaries(join(dir, 'nothing-here'), '2000-01-01', '2100-01-01')).toEqual([]);
  });

  it('falls back to the archive when a summary file is missing', async () => {
    const archive = await archiveDay(dir, '2025-03-14', 5, makeTickets(4), config);
    await rm(summaryPath(dir, '2025-03-14'));
    const [record] = await readDaySummaries(dir, '2025-03-14', '2025-03-14');
    expect(record).toEqual({ schemaVersion: 1, day: '2025-03-14', closedAt: 5, summary: archive.summary });
  });

  it('stores cells as rows in the summary file, and still reads a summary file with plain cells', async () => {
    const archive = await archiveDay(dir, '2025-03-14', 5, makeTickets(6), config);
    const stored = JSON.parse(await readFile(summaryPath(dir, '2025-03-14'), 'utf8')) as {
      summary: Record<string, unknown>;
    };
    expect(stored.summary['cells']).toBeUndefined();
    expect(stored.summary['cellRows']).toHaveLength(archive.summary.cells?.length ?? -1);

    // A summary written before rows: the same record with plain cells.
    const plain = { schemaVersion: 1, day: '2025-03-14', closedAt: 5, summary: archive.summary };
    await writeFile(summaryPath(dir, '2025-03-14'), JSON.stringify(plain));
    expect(await readDaySummaries(dir, '2025-03-14', '2025-03-14')).toEqual([plain]);
  });

  it('finds open journals and removes, with a log line, one whose day was archived before a crash', async () => {
    await ensureDirDurable(join(dir, 'journal'));
    await writeFile(journalPath(dir, '2025-03-13'), '{"type":"day:opened"}\n');
    await writeFile(journalPath(dir, '2025-03-14'), '{"type":"day:opened"}\n');
    await writeFile(join(dir, 'journal', 'notes.txt'), 'not a journal');
    // The crash: archive and summary written, journal still there; then the summary is lost too.
    await archiveDay(dir, '2025-03-13', 9, makeTickets(2), config);
    await writeFile(journalPath(dir, '2025-03-13'), '{"type":"day:opened"}\n');
    await rm(summaryPath(dir, '2025-03-13'));

    const log = createRecordingLogger();
    const open = await findOpenJournals(dir, { log });
    expect(open).toEqual([{ day: '2025-03-14', path: journalPath(dir, '2025-03-14') }]);
    expect(log.records).toEqual([
      expect.objectContaining({
        level: 'info',
        obj: { day: '2025-03-13', file: journalPath(dir, '2025-03-13') },
      }),
    ]);
    expect((await readdir(join(dir, 'journal'))).sort()).toEqual(['2025-03-14.ndjson', 'notes.txt']);
    expect(await readdir(join(dir, 'days'))).toContain('2025-03-13.summary.json');
    expect(await findOpenJournals(join(dir, 'fresh'), { log })).toEqual([]);
  });

  it('refuses day names that are not YYYY-MM-DD and archives from a newer version', async () => {
    expect(() => journalPath(dir, '../../etc/passwd')).toThrow(StorageError);
    await expect(readDayArchive(dir, '2025-3-1')).rejects.toBeInstanceOf(StorageError);
    await ensureDirDurable(join(dir, 'days'));
    await writeFile(archivePath(dir, '2025-03-14'), '{"schemaVersion":2}');
    await expect(readDayArchive(dir, '2025-03-14')).rejects.toThrow(/schemaVersion 2/);
  });

  it('reads a year of summaries from the summary files alone, without parsing any archive', async () => {
    const tickets = makeTickets(30);
    const start = Date.UTC(2025, 0, 1);
    const days = Array.from({ length: 250 }, (_, i) =>
      new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    );
    for (const day of days) await archiveDay(dir, day, 0, tickets, config);
    // Break every archive: a year report must not need them (the bench measures how fast this is).
    for (const day of days) await writeFile(archivePath(dir, day), 'not json');
    const summaries = await readDaySummaries(dir, '2025-01-01', '2025-12-31');
    expect(summaries.map((s) => s.day)).toEqual(days);
    expect(summaries.every((s) => s.summary.office.arrived === 30)).toBe(true);
  });
});
