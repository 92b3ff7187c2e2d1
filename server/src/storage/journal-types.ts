// The port the server writes the day's events through; the file journal and the in-memory twin both
// implement it, so handler tests run without a disk.

export interface JournalStats {
  /** append() calls that were accepted (not rejected up front). */
  appends: number;
  /** Write + fdatasync rounds; far fewer than appends when requests arrive together. */
  batches: number;
  /** fdatasync calls started, whether or not they succeeded. */
  syncs: number;
  bytes: number;
}

export interface Journal<T> {
  /**
   * Resolves once the entry is on disk (written and fdatasync'd), in the order of the calls. `sealed`
   * runs synchronously when the entry's batch is closed to later appends, just before it is written:
   * at that moment everything appended so far, and nothing after, shares this entry's sync.
   */
  append(entry: T, sealed?: () => void): Promise<void>;
  /** Waits for appends in flight, then releases the file. */
  close(): Promise<void>;
  /** Entries durably in the journal, including those read at open. */
  readonly size: number;
  /** After a failed write or sync every append rejects; the caller must rebuild from what is durable. */
  readonly failed: boolean;
  readonly stats: Readonly<JournalStats>;
}

export interface OpenedJournal<T> {
  entries: T[];
  journal: Journal<T>;
}

export const emptyStats = (): JournalStats => ({ appends: 0, batches: 0, syncs: 0, bytes: 0 });
