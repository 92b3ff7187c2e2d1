// Where cases are kept: an append-only journal of their own, apart from the day's. A case lives for
// weeks across many business days, so it cannot be archived with a day; the same journal code gives
// it the same promise: a change is written and fdatasync'd before anyone hears of it.
import { join } from 'node:path';
import type { CaseEvent } from '@kezek/shared';
import { writeFileDurable } from '../storage/durable-file.js';
import { journalText } from '../storage/journal-format.js';
import { openJournal } from '../storage/journal.js';
import type { Journal } from '../storage/journal-types.js';
import type { Logger } from '../storage/logger.js';
import { MemoryJournal } from '../storage/memory-journal.js';
import { fileCaseArchive, memoryCaseArchive, type CaseArchive } from './case-archive.js';

/** One line: the events one command produced; `req` and `ack` answer a retry after a restart. */
export interface CaseEntry {
  seq: number;
  at: number;
  req: string | null;
  events: CaseEvent[];
  ack: unknown;
}

export interface CaseStorage {
  /** Hands every durable entry to `onEntry` in order, then returns the journal to append to. */
  open(onEntry: (entry: CaseEntry) => void): Promise<Journal<CaseEntry>>;
  /**
   * Replaces the whole journal with `entries`, all or nothing (the old file stays until the new one is
   * on disk). Only while no journal from `open` is in use.
   */
  rewrite(entries: readonly CaseEntry[]): Promise<void>;
  archive: CaseArchive;
}

export const caseJournalPath = (dataDir: string): string => join(dataDir, 'cases', 'cases.ndjson');

export function fileCaseStorage(dataDir: string, log: Logger): CaseStorage {
  return {
    async open(onEntry) {
      const { journal } = await openJournal<CaseEntry>(caseJournalPath(dataDir), { log, onEntry });
      return journal;
    },
    // The journal's own framing (line numbers, chained checksums), as if the entries were appended.
    rewrite: (entries) => writeFileDurable(caseJournalPath(dataDir), journalText(entries)),
    archive: fileCaseArchive(join(dataDir, 'cases', 'archive')),
  };
}

/** The in-memory twin: a reopen sees what the previous journal held, as a restart would. */
export function memoryCaseStorage(): CaseStorage & { current: MemoryJournal<CaseEntry> | null } {
  const storage = {
    current: null as MemoryJournal<CaseEntry> | null,
    archive: memoryCaseArchive(),
    rewrite(entries: readonly CaseEntry[]) {
      storage.current = new MemoryJournal<CaseEntry>(entries);
      return Promise.resolve();
    },
    open(onEntry: (entry: CaseEntry) => void) {
      const journal = new MemoryJournal<CaseEntry>(storage.current?.entries ?? []);
      for (const entry of journal.entries) onEntry(entry);
      storage.current = journal;
      return Promise.resolve(journal);
    },
  };
  return storage;
}
