// The office's DayStore on disk: a journal file per open day, an archive file per closed day, and the
// numbers each open day may have given out (number-reserve.ts), which prove a lost journal lost, and
// those a restore's replaced data had given out (restored-numbers.ts), which the day opens past.
import { access } from 'node:fs/promises';
import type { OfficeConfig } from '@kezek/shared';
import type { DayJournal, DayStore } from '../office/day-store.js';
import { entryChecker, type JournalEntry } from '../office/journal-entry.js';
import { archiveDay, archivePath, findOpenJournals, journalPath, readDaySummaries } from './day-archive.js';
import { JournalLostError } from './errors.js';
import { openJournal } from './journal.js';
import { repairJournal } from './journal-repair.js';
import type { Logger } from './logger.js';
import { NumberReservations, numbersPath } from './number-reserve.js';
import { readRestoredNumbers } from './restored-numbers.js';

export interface FileDayStoreOptions {
  /** Start over damage from the good prefix, keeping a copy (`--accept-damaged-journal`). */
  acceptDamagedJournal?: boolean;
  /** The office's set-up, to fold a damaged journal into a scratch queue while looking for its damage. */
  config: () => OfficeConfig;
}

export async function fileDayStore(
  dataDir: string,
  log: Logger,
  options: FileDayStoreOptions,
): Promise<DayStore> {
  const numbers = await NumberReservations.open(numbersPath(dataDir));
  const restored = await readRestoredNumbers(dataDir);
  const isArchived = (day: string) =>
    access(archivePath(dataDir, day)).then(
      () => true,
      () => false,
    );

  async function openDay(day: string, replay: (entry: JournalEntry) => void): Promise<DayJournal> {
    const path = journalPath(dataDir, day);
    const reserved = numbers.reserved(day);
    const repaired = options.acceptDamagedJournal
      ? await repairJournal(path, { reserved, config: options.config(), log })
      : null;
    const usedNumbers = highest(repaired, restored[day]);
    const check = entryChecker();
    const { journal } = await openJournal<JournalEntry>(path, {
      log,
      onEntry: (raw) => replay(check(raw)),
      check: (read) => {
        if (read.count === 0 && repaired === null) assertNothingLost(path, reserved);
      },
      alongside: (entry) => coverIssued(numbers, day, entry),
    });
    return {
      append: (entry, sealed) => journal.append(entry, sealed),
      close: () => journal.close(),
      ...(usedNumbers ? { usedNumbers } : {}),
    };
  }

  return {
    async openDays() {
      const days = (await findOpenJournals(dataDir, { log })).map((j) => j.day);
      // Numbers reserved for a day with neither journal nor archive: its journal was lost. Opening the day
      // is what reports it (or, when accepted, continues it after those numbers).
      for (const day of numbers.days()) {
        if (days.includes(day)) continue;
        // Archived but still listed: a crash came between writing the archive and forgetting the day.
        if (await isArchived(day)) await numbers.forget(day);
        else days.push(day);
      }
      return days.sort();
    },
    openDay,
    isArchived,
    async archive(day, closedAt, tickets, config, work) {
      await archiveDay(dataDir, day, closedAt, tickets, config, work);
      await numbers.forget(day);
      log.info({ day, tickets: tickets.length }, 'day archived');
    },
    async readSummaries(from, to) {
      return (await readDaySummaries(dataDir, from, to)).map((r) => r.summary);
    },
  };
}

/** Per sector, the higher of two sets of numbers given out; null when neither has any. */
function highest(
  a: Readonly<Record<string, number>> | null | undefined,
  b: Readonly<Record<string, number>> | undefined,
): Record<string, number> | null {
  if (!a && !b) return null;
  const out: Record<string, number> = { ...a };
  for (const [sector, n] of Object.entries(b ?? {})) out[sector] = Math.max(out[sector] ?? 0, n);
  return out;
}

/** A journal with no entries is a new day, unless the day is proven to have given out numbers. */
function assertNothingLost(path: string, reserved: Readonly<Record<string, number>>): void {
  const given = Object.entries(reserved).filter(([, n]) => n > 0);
  if (given.length === 0) return;
  const list = given.map(([sector, n]) => `${sector} up to ${n}`).join(', ');
  throw new JournalLostError(
    path,
    `is missing or empty, but the day gave out ticket numbers (journal/numbers.json reserves ${list}): ` +
      'its record is gone and starting afresh would give the same numbers again',
  );
}

function coverIssued(numbers: NumberReservations, day: string, entry: JournalEntry): Promise<void> | null {
  let writes: Promise<void>[] | null = null;
  for (const event of entry.events) {
    if (event.type !== 'ticket:issued') continue;
    const write = numbers.cover(day, event.ticket.sectorId, event.ticket.seq);
    if (write) (writes ??= []).push(write);
  }
  return writes && Promise.all(writes).then(() => undefined);
}
