// In-memory twin of the file journal for tests of handlers and the composition root. Entries go through
// JSON like the real journal, so a non-serialisable event fails here as it would on disk.
import { StorageError } from './errors.js';
import type { Journal, JournalStats } from './journal-types.js';
import { emptyStats } from './journal-types.js';

export class MemoryJournal<T> implements Journal<T> {
  readonly stats: JournalStats = emptyStats();
  readonly #entries: T[];
  #failure: StorageError | null = null;
  #closed = false;

  constructor(initial: readonly T[] = []) {
    this.#entries = initial.map((e) => structuredClone(e));
  }

  /** What a reopened journal would return. */
  get entries(): T[] {
    return this.#entries.map((e) => structuredClone(e));
  }

  get size(): number {
    return this.#entries.length;
  }

  get failed(): boolean {
    return this.#failure !== null;
  }

  /** Simulate a disk failure: this and every later append reject, as with the file journal. */
  breakWith(cause: unknown = new Error('simulated disk failure')): void {
    this.#failure = new StorageError('memory journal: simulated failure', { cause });
  }

  /** Every entry is its own batch, sealed as it is appended. */
  async append(entry: T, sealed?: () => void): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (this.#closed) throw new StorageError('memory journal is closed');
    const line = JSON.stringify(entry);
    sealed?.();
    this.stats.appends += 1;
    this.stats.batches += 1;
    this.stats.syncs += 1;
    this.stats.bytes += Buffer.byteLength(line) + 1;
    this.#entries.push(JSON.parse(line) as T);
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}
