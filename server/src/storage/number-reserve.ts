// Ticket numbers a day may have given out, proven outside its journal: journal/numbers.json holds, per
// open day and sector, a number at least as high as any ticket number ever acknowledged. So a journal
// that is emptied or deleted mid-day is detected (the day had numbers but its record is gone), and a day
// continued from a damaged journal goes on after those numbers instead of repeating one.
//
// Numbers are reserved ahead in blocks, as database sequences do, so the file is written about once per
// RESERVE_AHEAD tickets of a sector: half-way through a block, in the background; only if that has not
// landed by the block's end does an append wait for it, and then beside its own write and sync.
import { join } from 'node:path';
import { readJsonFile, writeFileDurable } from './durable-file.js';
import { CorruptFileError } from './errors.js';

export const RESERVE_AHEAD = 50;
const HALF_BLOCK = RESERVE_AHEAD / 2;
const VERSION = 1;

type DayNumbers = Record<string, number>;

interface NumbersFile {
  schemaVersion: number;
  days: Record<string, DayNumbers>;
}

export const numbersPath = (dataDir: string): string => join(dataDir, 'journal', 'numbers.json');

export class NumberReservations {
  /** What is on disk: an entry may be acknowledged once its number is covered here. */
  #durable: Record<string, DayNumbers>;
  /** What the next write will hold; never below #durable. */
  #wanted: Record<string, DayNumbers>;
  #writing: Promise<void> | null = null;
  #queued: Promise<void> | null = null;

  private constructor(
    readonly path: string,
    days: Record<string, DayNumbers>,
  ) {
    this.#durable = structuredClone(days);
    this.#wanted = structuredClone(days);
  }

  static async open(path: string): Promise<NumberReservations> {
    const raw = await readJsonFile<NumbersFile>(path);
    if (raw === null) return new NumberReservations(path, {});
    if (!isNumbersFile(raw)) {
      throw new CorruptFileError(
        path,
        `${path} is not a number reservation file this server can read; if the journals beside it are ` +
          'whole, move it away and start: it is written anew as tickets are issued',
      );
    }
    return new NumberReservations(path, raw.days);
  }

  /** The highest number per sector that `day` may have given out; empty when nothing is proven. */
  reserved(day: string): Readonly<DayNumbers> {
    return this.#durable[day] ?? {};
  }

  /** Days with numbers on disk, open or lost. */
  days(): string[] {
    return Object.keys(this.#durable);
  }

  /**
   * null when `seq` is already covered on disk; otherwise the write that will cover it. Half-way through
   * a block the next one is written in the background, so in a steady day no append waits for it.
   */
  cover(day: string, sectorId: string, seq: number): Promise<void> | null {
    const durable = this.#durable[day]?.[sectorId] ?? 0;
    if (seq + HALF_BLOCK <= durable) return null;
    const wanted = (this.#wanted[day] ??= {});
    const bumped = (wanted[sectorId] ?? 0) < seq + HALF_BLOCK;
    if (bumped) wanted[sectorId] = seq + RESERVE_AHEAD;
    if (seq > durable) return this.#flush();
    // A failed top-up is not lost: the first number past the block waits for a write of its own.
    if (bumped) this.#flush().catch(() => undefined);
    return null;
  }

  /** A day archived: its numbers are proven by the archive now. */
  forget(day: string): Promise<void> {
    if (!(day in this.#wanted) && !(day in this.#durable)) return Promise.resolve();
    this.#wanted = Object.fromEntries(Object.entries(this.#wanted).filter(([d]) => d !== day));
    return this.#flush();
  }

  // One write at a time; everything asked for while one runs shares the next, which starts after it
  // and holds every number wanted by then.
  #flush(): Promise<void> {
    this.#queued ??= (async () => {
      await this.#writing?.catch(() => undefined);
      this.#queued = null;
      const days = structuredClone(this.#wanted);
      const file: NumbersFile = { schemaVersion: VERSION, days };
      this.#writing = writeFileDurable(this.path, JSON.stringify(file) + '\n');
      try {
        await this.#writing;
      } finally {
        this.#writing = null;
      }
      this.#durable = days;
    })();
    return this.#queued;
  }
}

function isNumbersFile(raw: unknown): raw is NumbersFile {
  if (typeof raw !== 'object' || raw === null) return false;
  const { schemaVersion, days } = raw as Partial<NumbersFile>;
  if (schemaVersion !== VERSION || typeof days !== 'object' || days === null) return false;
  return Object.values(days).every(
    (d) => typeof d === 'object' && d !== null && Object.values(d).every((n) => Number.isInteger(n)),
  );
}
