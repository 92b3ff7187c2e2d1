// Where bookings are kept: an append-only journal of their own under data/bookings/, apart from the
// day's. A booking is made days before its slot, so it cannot live in a day's journal; the journal
// code the cases use gives it the same promise: on disk (fdatasync'd) before anyone hears of it,
// chained checksums per line, a torn last line dropped at open.
import { join } from 'node:path';
import type { BookingEvent } from '@kezek/shared';
import { writeFileDurable } from '../storage/durable-file.js';
import { journalText } from '../storage/journal-format.js';
import { openJournal } from '../storage/journal.js';
import type { Journal } from '../storage/journal-types.js';
import type { Logger } from '../storage/logger.js';
import { MemoryJournal } from '../storage/memory-journal.js';

/** One line: the events one command produced; `req` and `ack` answer a retry after a restart. */
export interface BookingEntry {
  seq: number;
  at: number;
  req: string | null;
  events: BookingEvent[];
  ack: unknown;
}

export interface BookingStorage {
  /** Hands every durable entry to `onEntry` in order, then returns the journal to append to. */
  open(onEntry: (entry: BookingEntry) => void): Promise<Journal<BookingEntry>>;
  /** Replaces the whole journal with `entries`, all or nothing; only while no opened journal is in use. */
  rewrite(entries: readonly BookingEntry[]): Promise<void>;
}

export const bookingJournalPath = (dataDir: string): string => join(dataDir, 'bookings', 'bookings.ndjson');

export function fileBookingStorage(dataDir: string, log: Logger): BookingStorage {
  return {
    async open(onEntry) {
      const { journal } = await openJournal<BookingEntry>(bookingJournalPath(dataDir), { log, onEntry });
      return journal;
    },
    rewrite: (entries) => writeFileDurable(bookingJournalPath(dataDir), journalText(entries)),
  };
}

/** The in-memory twin: a reopen sees what the previous journal held, as a restart would. */
export function memoryBookingStorage(): BookingStorage & { current: MemoryJournal<BookingEntry> | null } {
  const storage = {
    current: null as MemoryJournal<BookingEntry> | null,
    rewrite(entries: readonly BookingEntry[]) {
      storage.current = new MemoryJournal<BookingEntry>(entries);
      return Promise.resolve();
    },
    open(onEntry: (entry: BookingEntry) => void) {
      const journal = new MemoryJournal<BookingEntry>(storage.current?.entries ?? []);
      for (const entry of journal.entries) onEntry(entry);
      storage.current = journal;
      return Promise.resolve(journal);
    },
  };
  return storage;
}
