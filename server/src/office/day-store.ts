// The port between the office and the disk: one journal per open business day, one archive per
// closed day. The file implementation is storage/file-day-store.ts; tests may use memoryDayStore.
import type { OfficeConfig, Ticket } from '@kezek/shared';
import { summarizeDay, type DaySummary } from '../reports/day-summary.js';
import type { WorkRecord } from '../reports/work-time.js';
import type { JournalEntry } from './journal-entry.js';

export interface DayJournal {
  /** `sealed` runs when the entry's batch takes no more entries (see Journal.append). */
  append(entry: JournalEntry, sealed?: () => void): Promise<void>;
  close(): Promise<void>;
  /**
   * Set only when a damaged journal was accepted: per sector, the highest number the lost part may have
   * given out. The office numbers on after them, so no number of the day is given twice.
   */
  readonly usedNumbers?: Readonly<Record<string, number>>;
}

export interface DayStore {
  /** Business days that still have a journal (not archived), oldest first. */
  openDays(): Promise<string[]>;
  /**
   * Opens (or creates) the day's journal, handing `replay` every entry durably in it, in order, before it
   * resolves. Entries are not collected: a big day replays without holding all of it at once.
   */
  openDay(day: string, replay: (entry: JournalEntry) => void): Promise<DayJournal>;
  /** A day closed and archived: it never opens again, even after a restart on the same date. */
  isArchived(day: string): Promise<boolean>;
  /** Writes the closed day's archive (with the day's desk time, for reports), then drops its journal. */
  archive(
    day: string,
    closedAt: number,
    tickets: Ticket[],
    config: OfficeConfig,
    work?: WorkRecord,
  ): Promise<void>;
  /** Summaries of closed days with from <= day <= to, oldest first (reports). */
  readSummaries(from: string, to: string): Promise<DaySummary[]>;
}

/** Keeps everything in memory; `failNextAppends` simulates a disk that stops accepting writes. */
export function memoryDayStore(): DayStore & {
  archived: Map<string, Ticket[]>;
  journals: Map<string, JournalEntry[]>;
  failNextAppends: number;
} {
  const journals = new Map<string, JournalEntry[]>();
  const archived = new Map<string, Ticket[]>();
  const summaries = new Map<string, DaySummary>();
  const store = {
    archived,
    journals,
    failNextAppends: 0,
    async openDays() {
      return [...journals.keys()].sort();
    },
    async openDay(day: string, replay: (entry: JournalEntry) => void) {
      const lines = journals.get(day) ?? [];
      journals.set(day, lines);
      for (const line of lines) replay(structuredClone(line));
      const journal: DayJournal = {
        append: async (entry, sealed) => {
          if (store.failNextAppends > 0) {
            store.failNextAppends--;
            throw new Error('simulated write failure');
          }
          sealed?.();
          lines.push(structuredClone(entry));
        },
        close: async () => undefined,
      };
      return journal;
    },
    async isArchived(day: string) {
      return archived.has(day);
    },
    async archive(day: string, closedAt: number, tickets: Ticket[], config: OfficeConfig, work?: WorkRecord) {
      archived.set(day, structuredClone(tickets));
      summaries.set(day, summarizeDay(day, tickets, config, { until: closedAt, ...(work ? { work } : {}) }));
      journals.delete(day);
    },
    async readSummaries(from: string, to: string) {
      return [...summaries.entries()]
        .filter(([day]) => day >= from && day <= to)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([, s]) => s);
    },
  };
  return store;
}
