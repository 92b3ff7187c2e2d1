// The office's bookings in memory, every change journaled and synced before it is acknowledged, then
// announced: the same command path as the case store (decide, fold, append, ack), with the rules of
// shared/bookings. A write failure refuses commands until the state is rebuilt from what is durable.
import {
  addDays,
  decideBooking,
  evolveBooking,
  fail,
  initialBookingState,
  localDate,
  ok,
  type BookingCommand,
  type BookingEvent,
  type BookingRulesOf,
  type BookingState,
  type Result,
} from '@kezek/shared';
import type { Logger } from '../logger.js';
import { RequestLog } from '../office/request-log.js';
import type { Journal } from '../storage/journal-types.js';
import type { BookingEntry, BookingStorage } from './booking-storage.js';

export interface BookingStoreDeps {
  storage: BookingStorage;
  clock: () => number;
  newId: () => string;
  newCode: () => string;
  log: Logger;
  /** The office set-up, booking settings and calendar as they are now. */
  rules: () => BookingRulesOf;
}

/** Bookings of days older than this leave memory at compaction: long enough for a year's reports. */
export const KEEP_DAYS = 400;
/** Answers a retry carries across a compaction, so a retried command is not done twice. */
const CARRIED_ANSWERS_MS = 10 * 60_000;

export interface BookingMeta {
  actorId: string | null;
  requestId: string | null;
}

export type BookingToAck<T> = (events: BookingEvent[], state: Readonly<BookingState>) => T;

export class BookingStore {
  private state: BookingState = initialBookingState();
  private journal: Journal<BookingEntry> | null = null;
  private seq = 0;
  private requests = new RequestLog();
  private broken = false;
  private exclusive: Promise<void> | null = null;
  private listeners: ((events: BookingEvent[]) => void)[] = [];
  private recent: { req: string; at: number; ack: unknown }[] = [];

  private constructor(private readonly deps: BookingStoreDeps) {}

  static async open(deps: BookingStoreDeps): Promise<BookingStore> {
    const store = new BookingStore(deps);
    await store.load();
    return store;
  }

  get bookings(): Readonly<BookingState> {
    return this.state;
  }

  /** Called after each change is durable, with its events. */
  onCommitted(fn: (events: BookingEvent[]) => void): void {
    this.listeners.push(fn);
  }

  /** Decides, applies and journals one command, resolving after the fsync. Retries share one answer. */
  run<T>(command: BookingCommand, meta: BookingMeta, toAck: BookingToAck<T>): Promise<Result<T>> {
    const key = meta.requestId === null ? null : `${meta.actorId ?? '-'}:${meta.requestId}`;
    const earlier = key === null ? null : this.requests.find<T>(key);
    if (earlier) return earlier;
    const attempt = this.attempt(command, key, toAck);
    if (key !== null) this.requests.track(key, attempt);
    return attempt;
  }

  async close(): Promise<void> {
    await this.exclusive;
    await this.journal?.close();
    this.journal = null;
  }

  private async attempt<T>(
    command: BookingCommand,
    key: string | null,
    toAck: BookingToAck<T>,
  ): Promise<Result<T>> {
    while (this.exclusive) await this.exclusive;
    if (this.broken && !(await this.recover())) return fail('storage_failed');
    const journal = this.journal;
    if (!journal) return fail('storage_failed');
    const now = this.deps.clock();
    const decided = decideBooking(this.state, command, {
      ...this.deps.rules(),
      now,
      newId: this.deps.newId,
      newCode: this.deps.newCode,
    });
    if (!decided.ok) return decided;
    const events = decided.data;
    for (const event of events) evolveBooking(this.state, event);
    const ack = toAck(events, this.state);
    // A sweep that found nothing writes nothing.
    if (events.length > 0 || key !== null) {
      try {
        await journal.append({ seq: ++this.seq, at: now, req: key, events, ack });
      } catch (err) {
        // Memory is now ahead of the disk: refuse until the state is rebuilt from what is durable.
        this.deps.log.error({ err }, 'booking journal write failed; bookings are refused until recovery');
        this.broken = true;
        return fail('storage_failed');
      }
    }
    if (key !== null) this.remember(key, now, ack);
    if (events.length > 0) for (const fn of this.listeners) fn(events);
    return ok(ack);
  }

  private remember(req: string, at: number, ack: unknown): void {
    this.requests.answer(req, ack);
    this.recent.push({ req, at, ack });
    if (this.recent.length > 2000) this.recent.splice(0, 1000);
  }

  /**
   * Rewrites the journal as one line of the bookings still kept (days within KEEP_DAYS) plus the recent
   * answers, so a restart replays one line per booking instead of every change. Crash-safe: the new
   * journal replaces the old whole. Commands wait meanwhile.
   */
  async compact(): Promise<void> {
    await this.alone(async () => {
      const now = this.deps.clock();
      const cutoff = addDays(localDate(now, this.deps.rules().office.timeZone), -KEEP_DAYS);
      const bookings = Object.values(this.state.bookings).filter((b) => b.day >= cutoff);
      const restored: BookingEntry = {
        seq: 1,
        at: now,
        req: null,
        events: [{ type: 'bookings:restored', at: now, bookings }],
        ack: null,
      };
      const answers = this.recent
        .filter((r) => now - r.at < CARRIED_ANSWERS_MS)
        .map((r, i): BookingEntry => ({ seq: i + 2, at: r.at, req: r.req, events: [], ack: r.ack }));
      await this.journal?.close();
      this.journal = null;
      await this.deps.storage.rewrite([restored, ...answers]);
      await this.load();
    });
  }

  private async alone(fn: () => Promise<void>): Promise<void> {
    while (this.exclusive) await this.exclusive;
    this.exclusive = fn()
      .catch((err: unknown) => {
        this.broken = true;
        this.deps.log.error({ err }, 'booking compaction failed; the bookings are rebuilt from disk');
      })
      .finally(() => (this.exclusive = null));
    await this.exclusive;
  }

  private async load(): Promise<void> {
    this.state = initialBookingState();
    this.seq = 0;
    this.requests.clear();
    this.recent = [];
    this.journal = await this.deps.storage.open((entry) => {
      for (const event of entry.events) evolveBooking(this.state, event);
      this.seq = entry.seq;
      if (entry.req !== null) this.remember(entry.req, entry.at, entry.ack);
    });
    this.broken = false;
  }

  private async recover(): Promise<boolean> {
    await this.alone(async () => {
      await this.journal?.close().catch(() => undefined);
      this.journal = null;
      await this.load();
      this.deps.log.warn({ seq: this.seq }, 'bookings rebuilt from their journal after a write failure');
    });
    return !this.broken;
  }
}
