// The open business day as append-only NDJSON. Every acknowledged command must survive a power cut, so
// append() waits for fdatasync; group commit keeps that affordable: appends that arrive while a sync
// is running share the next write and the next sync.
import type { FileHandle } from 'node:fs/promises';
import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ensureDirDurable, truncateDurable, writeFileDurable } from './durable-file.js';
import { StorageError } from './errors.js';
import {
  CURRENT_FORMAT,
  frameLine,
  headerLine,
  type ChainState,
  type JournalFormat,
} from './journal-format.js';
import { parseJournal, type ParsedJournal } from './journal-read.js';
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
   * A corrupt line, or an entry it throws on, throws before the file is touched.
   */
  onEntry?: (entry: T) => void;
  /** Sees what was read before anything is written (a torn tail cut, a header added); may throw. */
  check?: (read: ParsedJournal) => void;
  /**
   * Another durable write that an entry's append must wait for as well (a number reservation); it runs
   * beside the batch's own write and sync, and its failure fails the batch like a failed sync.
   */
  alongside?: (entry: T) => Promise<void> | null;
}

export async function openJournal<T>(
  path: string,
  options: OpenJournalOptions<T>,
): Promise<OpenedJournal<T>> {
  const { log } = options;
  await ensureDirDurable(dirname(path));
  const existing = await readExisting(path);
  const onEntry = options.onEntry as ((entry: unknown) => void) | undefined;
  const read = parseJournal(path, existing ?? new Uint8Array(), onEntry);
  options.check?.(read);
  const { entries, count, goodLength } = read;
  if (existing && goodLength < existing.length) {
    log.warn(
      { file: path, offset: goodLength, droppedBytes: existing.length - goodLength },
      'journal: dropping a torn last line left by an interrupted write',
    );
    await truncateDurable(path, goodLength);
  }
  let { format, chain } = read;
  let length = goodLength;
  if (format === null) {
    // A new day (or a file with no whole line): the header goes in by rename, so a journal file that
    // exists always starts with one and an empty journal is never a legitimate state of format 2.
    const header = headerLine(Date.now());
    await writeFileDurable(path, header.line);
    ({ chain } = header);
    format = CURRENT_FORMAT;
    length = Buffer.byteLength(header.line);
  } else if (format < CURRENT_FORMAT) {
    log.info({ file: path, format }, 'journal: an older format without checksums; the day goes on in it');
  }
  const handle = await open(path, 'a');
  const journal = new FileJournal<T>(path, handle, count, length, { ...options, format, chain });
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

interface Pending {
  line: string;
  alongside: Promise<void> | null;
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
  /** Format 2: the chain of the last line framed (appended, not necessarily durable yet). */
  #chain: ChainState | null;
  readonly #format: JournalFormat;
  readonly #alongside: OpenJournalOptions<T>['alongside'];
  readonly #fs: JournalFsOps;
  readonly #log: Logger;

  constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    size: number,
    length: number,
    options: Pick<OpenJournalOptions<T>, 'log' | 'fs' | 'alongside'> & {
      format: JournalFormat;
      chain: ChainState | null;
    },
  ) {
    this.#size = size;
    this.#length = length;
    this.#format = options.format;
    this.#chain = options.chain;
    this.#alongside = options.alongside;
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
      line = this.#frame(JSON.stringify(entry));
    } catch (cause) {
      return Promise.reject(new StorageError('journal entry is not serialisable', { cause }));
    }
    this.stats.appends += 1;
    const alongside = this.#alongside?.(entry) ?? null;
    // Awaited with its batch; until then a rejection must not count as unhandled.
    alongside?.catch(() => undefined);
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ line, alongside, sealed, resolve, reject });
      // Start on a microtask so appends made in the same tick share the very first batch too.
      this.#flushing ??= Promise.resolve().then(() => this.#flushLoop());
    });
  }

  // Framed in call order, which is the order lines reach the file, so the chain holds across batches.
  #frame(json: string): string {
    if (this.#format === 1 || this.#chain === null) return json + '\n';
    const framed = frameLine(json, this.#chain);
    this.#chain = framed.chain;
    return framed.line;
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
      // Settled, not raced: a failed companion write must not cut the file back under a running write.
      const results = await Promise.allSettled([this.#writeAndSync(data), ...batch.map((p) => p.alongside)]);
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) {
        await this.#cutBack();
        this.#fail(batch, failed.reason);
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

  async #writeAndSync(data: Uint8Array): Promise<void> {
    await this.#fs.write(this.handle, data);
    this.stats.syncs += 1;
    await this.#fs.datasync(this.handle);
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
