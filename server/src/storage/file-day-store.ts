// The office's DayStore on disk: a journal file per open day, an archive file per closed day.
import { access } from 'node:fs/promises';
import type { DayStore } from '../office/day-store.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { archiveDay, archivePath, findOpenJournals, journalPath, readDaySummaries } from './day-archive.js';
import { openJournal } from './journal.js';
import type { Logger } from './logger.js';

export async function fileDayStore(dataDir: string, log: Logger): Promise<DayStore> {
  return {
    async openDays() {
      return (await findOpenJournals(dataDir, { log })).map((j) => j.day);
    },
    openDay: async (day, replay) =>
      (await openJournal<JournalEntry>(journalPath(dataDir, day), { log, onEntry: replay })).journal,
    async isArchived(day) {
      return access(archivePath(dataDir, day)).then(
        () => true,
        () => false,
      );
    },
    async archive(day, closedAt, tickets, config, work) {
      await archiveDay(dataDir, day, closedAt, tickets, config, work);
      log.info({ day, tickets: tickets.length }, 'day archived');
    },
    async readSummaries(from, to) {
      return (await readDaySummaries(dataDir, from, to)).map((r) => r.summary);
    },
  };
}
