// The open business day as append-only NDJSON. Every acknowledged command must survive a power cut, so
// append() waits for fdatasync; group commit keeps that affordable: appends that arrive while a sync
// is running share the next write and the next sync.
import type { FileHandle } from 'node:fs/promises';
import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ensureDirDurable, fsyncDir } from './durable-file.js';
import { StorageError } from './errors.js';
import { parseJournal } from './journal-read.js';
import type { Journal, JournalStats, OpenedJournal } from './journal-types.js';
import { emptyStats } from './journal-types.js';
import type { Logger } from './logger.js';

export type { Journal, JournalStats, OpenedJournal } from './journal-types.js';

/** The two calls on the hot path, injectable so tests can count syncs or make them fail. */
export interface JournalFsOps {
  write(handle: FileHandle, data: Uint8Array): Promise<void>;
  datasync(handle: FileHandle): Promise<void>;
}

export const nodeJournalFsOps: JournalFsOps = {
  async write(handle, data) {
    // A write may be partial; loop until every byte is handed to the kernel.
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await handle.write(data, offset, data.length - offset);
      offset += bytesWritten;
    }
  },
  datasync: (handle) => handle.datasync(),
};

export interface OpenJournalOptions<T = unknown> {
  log: Logger;
  fs?: JournalFsOps;
  /**
   * Receives each durable entry in order as it is read, instead of the returned `entries` (then empty).
   * A corrupt line throws before the file is touched, even after earlier entries were handed over.
   */
  onEntry?: (entry: T) => void;
}

export async function openJournal<T>(
  path: string,
  options: OpenJournalOptions<T>,
): Promise<OpenedJournal<T>> {
  const { log } = options;
  await ensureDirDurable(dirname(path));
  const existing = await readExisting(path);
  const onEntry = options.onEntry as ((entry: unknown) => void) | undefined;
  const { entries, count, goodLength } = parseJournal(path, existing ?? new Uint8Array(), onEntry);
  if (existing && goodLength < existing.length) {
    log.warn(
      { file: path, offset: goodLength, droppedBytes: existing.length - goodLength },
      'journal: dropping a torn last line left by an interrupted write',
    );
    await truncateDurable(path, goodLength);
  }
  const handle = await open(path, 'a');
  // A new file's name must be durable too, or a power cut could lose the whole day's first entries.
  if (!existing) await fsyncDir(dirname(path));
  const journal = new FileJournal<T>(path, handle, count, goodLength, options);
  return { entries: entries as T[], journal };
}

async function readExisting(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function truncateDurable(path: string, length: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface Pending {
  line: string;
  sealed: (() => void) | undefined;
  resolve: () => void;
  reject: (error: unknown) => void;
}

class FileJournal<T> implements Journal<T> {
  readonly stats: JournalStats = emptyStats();
  #size: number;
  /** Bytes of whole, synced lines: where a failed write is cut back to. */
  #length: number;
  #queue: Pending[] = [];
  #flushing: Promise<void> | null = null;
  #failure: StorageError | null = null;
  #closed: Promise<void> | null = null;
  readonly #fs: JournalFsOps;
  readonly #log: Logger;

  constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    size: number,
    length: number,
    options: Pick<OpenJournalOptions, 'log' | 'fs'>,
  ) {
    this.#size = size;
    this.#length = length;
    this.#fs = options.fs ?? nodeJournalFsOps;
    this.#log = options.log;
  }

  get size(): number {
    return this.#size;
  }

  get failed(): boolean {
    return this.#failure !== null;
  }

  append(entry: T, sealed?: () => void): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closed) return Promise.reject(new StorageError(`journal ${this.path} is closed`));
    let line: string;
    try {
      // Serialised now, so a caller mutating the object afterwards cannot change what is stored.
      line = JSON.stringify(entry) + '\n';
    } catch (cause) {
      return Promise.reject(new StorageError('journal entry is not serialisable', { cause }));
    }
    this.stats.appends += 1;
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ line, sealed, resolve, reject });
      // Start on a microtask so appends made in the same tick share the very first batch too.
      this.#flushing ??= Promise.resolve().then(() => this.#flushLoop());
    });
  }

  close(): Promise<void> {
    this.#closed ??= (async () => {
      await this.#flushing;
      await this.handle.close();
    })();
    return this.#closed;
  }

  async #flushLoop(): Promise<void> {
    while (this.#queue.length > 0 && !this.#failure) {
      const batch = this.#queue;
      this.#queue = [];
      this.#seal(batch);
      const data = Buffer.from(batch.map((p) => p.line).join(''), 'utf8');
      try {
        await this.#fs.write(this.handle, data);
        this.stats.syncs += 1;
        await this.#fs.datasync(this.handle);
      } catch (cause) {
        await this.#cutBack();
        this.#fail(batch, cause);
        break;
      }
      this.stats.batches += 1;
      this.stats.bytes += data.length;
      this.#length += data.length;
      this.#size += batch.length;
      for (const p of batch) p.resolve();
    }
    this.#flushing = null;
  }

  // A throwing callback must not leave the batch half-sealed or stop the write: the entries are already
  // applied in memory and their callers are waiting on this sync.
  #seal(batch: Pending[]): void {
    for (const p of batch) {
      try {
        p.sealed?.();
      } catch (err) {
        this.#log.error({ err, file: this.path }, 'journal: a sealed callback threw');
      }
    }
  }

  // A failed write may have left part of the batch in the file (a full disk takes what fits). Cutting it
  // back now keeps the file whole lines only; if even that fails, the next open drops the torn tail.
  async #cutBack(): Promise<void> {
    try {
      await this.handle.truncate(this.#length);
      await this.handle.datasync();
    } catch (err) {
      this.#log.warn(
        { err, file: this.path },
        'journal: could not cut a failed write back; the next open will',
      );
    }
  }

  // Entries queued behind a failed batch cannot be written: the file may now end in a partial line,
  // and writing after it would turn a torn tail into mid-file corruption.
  #fail(batch: Pending[], cause: unknown): void {
    const error = new StorageError(`journal ${this.path}: write or sync failed`, { cause });
    this.#failure = error;
    const rejected = [...batch, ...this.#queue];
    this.#queue = [];
    this.#log.error({ err: cause, file: this.path, rejected: rejected.length }, 'journal failed');
    for (const p of rejected) p.reject(error);
  }
}
