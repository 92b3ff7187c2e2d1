// Where days live under the data folder:
//   journal/YYYY-MM-DD.ndjson       the open day, appended to as it happens
//   days/YYYY-MM-DD.json            a closed day: its summary and every ticket
//   days/YYYY-MM-DD.summary.json    the summary alone, so a year report never parses 750,000 tickets
// Closing writes the archive before removing the journal, so a crash in between leaves both, never neither.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OfficeConfig, Ticket } from '@kezek/shared';
import { packCells, unpackCells, type CellRow } from '../reports/cell-rows.js';
import type { Cell } from '../reports/day-cells.js';
import type { DaySummary } from '../reports/day-summary.js';
import { summarizeDay } from '../reports/day-summary.js';
import type { WorkRecord } from '../reports/work-time.js';
import { ensureDirDurable, fsyncDir, readJsonFile, writeFileDurable } from './durable-file.js';
import { StorageError } from './errors.js';
import type { Logger } from './logger.js';

export const DAY_ARCHIVE_VERSION = 1;

export interface DayArchive {
  schemaVersion: typeof DAY_ARCHIVE_VERSION;
  day: string;
  closedAt: number;
  summary: DaySummary;
  tickets: Ticket[];
}

export type ClosedDaySummary = Omit<DayArchive, 'tickets'>;

export interface OpenJournalFile {
  day: string;
  path: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const JOURNAL_FILE = /^(\d{4}-\d{2}-\d{2})\.ndjson$/;
const ARCHIVE_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

const journalDir = (dataDir: string) => join(dataDir, 'journal');
const daysDir = (dataDir: string) => join(dataDir, 'days');
export const journalPath = (dataDir: string, day: string) =>
  join(journalDir(dataDir), `${checkDay(day)}.ndjson`);
export const archivePath = (dataDir: string, day: string) => join(daysDir(dataDir), `${checkDay(day)}.json`);
export const summaryPath = (dataDir: string, day: string) =>
  join(daysDir(dataDir), `${checkDay(day)}.summary.json`);

// Days become file names; anything but YYYY-MM-DD could escape the folder.
function checkDay(day: string): string {
  if (!DAY.test(day)) throw new StorageError(`not a day: ${JSON.stringify(day)}`);
  return day;
}

export async function archiveDay(
  dataDir: string,
  day: string,
  closedAt: number,
  tickets: Ticket[],
  config: OfficeConfig,
  work?: WorkRecord,
): Promise<DayArchive> {
  const summary = summarizeDay(day, tickets, config, { until: closedAt, ...(work ? { work } : {}) });
  const archive: DayArchive = { schemaVersion: DAY_ARCHIVE_VERSION, day, closedAt, summary, tickets };
  await ensureDirDurable(daysDir(dataDir));
  await writeFileDurable(archivePath(dataDir, day), JSON.stringify(archive));
  await writeSummary(dataDir, archive);
  // Only now is the journal redundant; removing it earlier could lose the day to a power cut.
  await rm(journalPath(dataDir, day), { force: true });
  await fsyncDir(journalDir(dataDir)).catch(ignoreMissing);
  return archive;
}

/** The summary file's form: cells as rows (cell-rows.ts); a server that predates rows reads sectors. */
interface StoredSummary extends Omit<ClosedDaySummary, 'summary'> {
  summary: Omit<DaySummary, 'cells'> & { cells?: Cell[]; cellRows?: CellRow[] };
}

export function toStoredSummary({ schemaVersion, day, closedAt, summary }: ClosedDaySummary): StoredSummary {
  const { cells, ...rest } = summary;
  return { schemaVersion, day, closedAt, summary: cells ? { ...rest, cellRows: packCells(cells) } : rest };
}

function fromStoredSummary(record: StoredSummary): ClosedDaySummary {
  const { cellRows, ...rest } = record.summary;
  return { ...record, summary: cellRows ? { ...rest, cells: unpackCells(cellRows) } : rest };
}

async function writeSummary(dataDir: string, record: ClosedDaySummary) {
  await writeFileDurable(summaryPath(dataDir, record.day), JSON.stringify(toStoredSummary(record)));
}

/** Journals of days still open, oldest first; those already archived (a crash mid-close) are removed. */
export async function findOpenJournals(
  dataDir: string,
  { log }: { log: Logger },
): Promise<OpenJournalFile[]> {
  const open: OpenJournalFile[] = [];
  let removed = false;
  for (const name of (await listDir(journalDir(dataDir))).sort()) {
    const day = JOURNAL_FILE.exec(name)?.[1];
    if (!day) continue;
    const path = journalPath(dataDir, day);
    const archive = await readDayArchive(dataDir, day);
    if (!archive) {
      open.push({ day, path });
      continue;
    }
    if ((await readJsonFile(summaryPath(dataDir, day))) === null) await writeSummary(dataDir, archive);
    await rm(path, { force: true });
    removed = true;
    log.info({ day, file: path }, 'day archive: removed the journal of a day already archived');
  }
  if (removed) await fsyncDir(journalDir(dataDir));
  return open;
}

/** Summaries of closed days with from <= day <= to, oldest first. */
export async function readDaySummaries(
  dataDir: string,
  from: string,
  to: string,
): Promise<ClosedDaySummary[]> {
  const days = (await listDir(daysDir(dataDir)))
    .map((name) => ARCHIVE_FILE.exec(name)?.[1])
    .filter((day): day is string => day !== undefined && day >= from && day <= to)
    .sort();
  return Promise.all(days.map((day) => readSummary(dataDir, day)));
}

async function readSummary(dataDir: string, day: string): Promise<ClosedDaySummary> {
  const record = await readJsonFile<StoredSummary>(summaryPath(dataDir, day));
  if (record) return fromStoredSummary(checkVersion(record, summaryPath(dataDir, day)));
  // No summary file (copied in by hand, say): the archive carries the same summary, only slower to read.
  const archive = await readDayArchive(dataDir, day);
  if (!archive) throw new StorageError(`day ${day} vanished while reading`);
  const { schemaVersion, closedAt, summary } = archive;
  return { schemaVersion, day, closedAt, summary };
}

export async function readDayArchive(dataDir: string, day: string): Promise<DayArchive | null> {
  const path = archivePath(dataDir, day);
  const archive = await readJsonFile<DayArchive>(path);
  return archive && checkVersion(archive, path);
}

function checkVersion<T extends { schemaVersion: number }>(record: T, path: string): T {
  if (record.schemaVersion > DAY_ARCHIVE_VERSION) {
    throw new StorageError(`${path} has schemaVersion ${record.schemaVersion}; this server reads up to 1`);
  }
  return record;
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    ignoreMissing(error);
    return [];
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
