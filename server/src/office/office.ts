// The running office: the day's queue state in memory, every change journaled and synced before it is
// acknowledged, then announced. The queue rules themselves live in shared/queue as pure functions.
import {
  businessDay,
  callViews,
  decide,
  evolve,
  fail,
  hallView,
  initialState,
  nextLocalMidnight,
  officeInfo,
  ok,
  type Command,
  type DomainEvent,
  type HallView,
  type OfficeSnapshot,
  type QueueState,
  type Result,
} from '@kezek/shared';
import { WorkTracker, type WorkRecord } from '../reports/work-time.js';
import { closedDayEvents } from './closed-day.js';
import type { DayJournal } from './day-store.js';
import type { JournalEntry } from './journal-entry.js';
import { RecentCalls } from './recent-calls.js';
import type { CommandMeta, Committed, Guard, OfficeDeps, ToAck } from './office-types.js';
import { RequestLog } from './request-log.js';

export type { CommandMeta, Committed, Guard, Observer, OfficeDeps, ToAck } from './office-types.js';

export class Office {
  private state: QueueState;
  private rev = 0;
  /** Null once the day is archived. */
  private journal: DayJournal | null = null;
  private dayEndsAt = 0;
  private requests = new RequestLog();
  private recent = new RecentCalls(20);
  /** The hall built for the last sealed journal batch. */
  private sealed: { rev: number; hall: HallView } | null = null;
  /** Desk open/paused/busy time of the day, archived with it for the head's reports. */
  private work = new WorkTracker();
  private broken = false;
  /** A day change or a recovery in progress; commands wait for it. */
  private gate: Promise<void> | null = null;
  private committedListeners: ((c: Committed) => void)[] = [];
  private resetListeners: (() => void)[] = [];
  private storageFailedListeners: ((err: unknown) => void)[] = [];

  private constructor(private readonly deps: OfficeDeps) {
    this.state = initialState(deps.config());
  }

  /** Closes and archives days a previous run left open, then opens (or replays) today. */
  static async start(deps: OfficeDeps): Promise<Office> {
    const office = new Office(deps);
    const today = businessDay(deps.clock(), deps.config().timeZone);
    for (const day of await deps.store.openDays()) {
      if (day >= today) continue;
      await office.load(day);
      await office.closeAndArchive();
    }
    await office.load(today);
    return office;
  }

  get queue(): Readonly<QueueState> {
    return this.state;
  }

  get revision(): number {
    return this.rev;
  }

  /** Today's desk time so far (for reports). */
  workTime(now: number): WorkRecord {
    return this.work.record(now);
  }

  onCommitted(fn: (c: Committed) => void): void {
    this.committedListeners.push(fn);
  }

  /** A journal write failed (a full or failing disk): the head must hear of it, not only the visitor. */
  onStorageFailed(fn: (err: unknown) => void): void {
    this.storageFailedListeners.push(fn);
  }

  /** Every client must redraw from a fresh snapshot: a new day, or recovery from a disk error. */
  onReset(fn: () => void): void {
    this.resetListeners.push(fn);
  }

  snapshot(): Omit<OfficeSnapshot, 'content'> {
    return {
      office: officeInfo(this.state.config),
      hall: this.hall(this.deps.clock()),
      recentCalls: this.recent.newestFirst(),
    };
  }

  /** Decides, applies and journals one command, resolving after the fsync. Retries share one answer. */
  run<T>(command: Command, meta: CommandMeta, toAck: ToAck<T>, guard?: Guard): Promise<Result<T>> {
    const key = meta.requestId === null ? null : `${meta.actorId ?? '-'}:${meta.requestId}`;
    const earlier = key === null ? null : this.requests.find<T>(key);
    if (earlier) return earlier;
    const attempt = this.attempt(command, key, toAck, guard);
    if (key !== null) this.requests.track(key, attempt);
    return attempt;
  }

  /** The head closes the day before midnight: waiting tickets end unserved, the day is archived. */
  async closeDay(meta: CommandMeta): Promise<Result<null>> {
    const closed = await this.run({ type: 'close-day' }, meta, () => null);
    if (!closed.ok) return closed;
    await this.exclusive(() => this.closeAndArchive());
    for (const fn of this.resetListeners) fn();
    return closed;
  }

  async close(): Promise<void> {
    while (this.gate) await this.gate;
    await this.journal?.close();
    this.journal = null;
  }

  private async attempt<T>(
    command: Command,
    key: string | null,
    toAck: ToAck<T>,
    guard: Guard | undefined,
  ): Promise<Result<T>> {
    await this.ready();
    if (this.broken && !(await this.recover())) return fail('storage_failed');
    const refused = guard?.(this.state);
    if (refused) return fail(refused);
    const now = this.deps.clock();
    const decided = decide(this.state, command, this.ctx(now));
    if (!decided.ok) return decided;
    const events = decided.data;
    if (events.length === 0 || !this.journal) return ok(toAck(events, this.state));

    for (const event of events) evolve(this.state, event);
    const seq = ++this.rev;
    const ack = toAck(events, this.state);
    const calls = callViews(this.state, events);
    let hall: HallView | null = null;
    try {
      await this.journal.append({ seq, at: now, req: key, events, ack }, () => (hall = this.sealedHall()));
    } catch (err) {
      // Memory is now ahead of the disk: refuse until the state is rebuilt from what is durable.
      this.deps.log.error({ err, seq }, 'journal write failed; commands are refused until recovery');
      this.broken = true;
      for (const fn of this.storageFailedListeners) fn(err);
      return fail('storage_failed');
    }
    if (key !== null) this.requests.answer(key, ack);
    this.notify(events);
    this.recent.add(calls);
    // Every journal calls `sealed` before it resolves; the fallback only guards against one that does not.
    const durable = hall ?? this.hall(this.deps.clock());
    for (const fn of this.committedListeners) fn({ events, hall: durable, calls });
    return ok(ack);
  }

  /** Waits out a day change or recovery, and changes the day when local midnight has passed. */
  private async ready(): Promise<void> {
    while (this.gate) await this.gate;
    if (this.deps.clock() >= this.dayEndsAt) await this.exclusive(() => this.rollOver());
  }

  private async rollOver(): Promise<void> {
    const today = businessDay(this.deps.clock(), this.state.config.timeZone);
    if (today === this.state.day) {
      this.dayEndsAt = nextLocalMidnight(this.deps.clock(), this.state.config.timeZone);
      return;
    }
    await this.closeAndArchive();
    await this.load(today);
    this.deps.log.info({ day: today }, 'business day opened');
    for (const fn of this.resetListeners) fn();
  }

  private async closeAndArchive(): Promise<void> {
    if (!this.journal || this.state.day === null) return;
    if (this.state.closedAt === null) {
      const now = Math.max(this.deps.clock(), this.state.openedAt ?? 0);
      await this.commitSystem({ type: 'close-day' }, now);
    }
    const { day, closedAt, tickets, config } = this.state;
    const end = closedAt ?? this.deps.clock();
    await this.deps.store.archive(day, end, Object.values(tickets), config, this.work.record(end));
    await this.journal.close();
    this.journal = null;
  }

  /** Rebuilds `day` from its journal; an empty journal gets the day opened with today's settings. */
  private async load(day: string): Promise<void> {
    const now = this.deps.clock();
    const config = this.deps.config();
    this.rev = 0;
    this.sealed = null; // revisions start again at 0: an old day's hall must never match
    this.requests.clear();
    this.recent.clear();
    this.broken = false;
    this.state = initialState(config);
    this.dayEndsAt = day === businessDay(now, config.timeZone) ? nextLocalMidnight(now, config.timeZone) : 0;
    if (await this.deps.store.isArchived(day)) {
      // Closed early by the head: it stays closed until midnight, even across restarts.
      for (const event of closedDayEvents(day, now, config)) evolve(this.state, event);
      this.journal = null;
      return;
    }
    this.journal = await this.deps.store.openDay(day, (entry) => this.replayEntry(entry));
    if (this.state.day === null) await this.commitSystem({ type: 'open-day', day, config }, now);
    // A damaged journal was accepted: numbers its lost part may have given out are never given again.
    const used = this.journal.usedNumbers;
    if (used && this.state.closedAt === null) {
      await this.commitSystem({ type: 'skip-numbers', lastSeq: { ...used } }, now);
    }
    if (this.state.closedAt === null && JSON.stringify(this.state.config) !== JSON.stringify(config)) {
      // Settings changed while the server was down: today's queue follows them from now on.
      await this.commitSystem({ type: 'set-config', config }, now).catch((err: unknown) =>
        this.deps.log.warn(
          { err },
          'settings changed offline do not fit the open day; keeping the day as it was',
        ),
      );
    }
  }

  private replayEntry(entry: JournalEntry): void {
    for (const event of entry.events) evolve(this.state, event);
    this.notify(entry.events);
    this.rev = entry.seq;
    if (entry.req !== null) this.requests.answer(entry.req, entry.ack);
    this.recent.add(callViews(this.state, entry.events));
  }

  private async commitSystem(command: Command, now: number): Promise<void> {
    const decided = decide(this.state, command, this.ctx(now));
    if (!decided.ok) throw new Error(`the office could not apply its own ${command.type}: ${decided.error}`);
    if (decided.data.length === 0) return;
    for (const event of decided.data) evolve(this.state, event);
    const entry = { seq: ++this.rev, at: now, req: null, events: decided.data, ack: null };
    await this.journal?.append(entry);
    this.notify(decided.data);
  }

  private async recover(): Promise<boolean> {
    await this.exclusive(async () => {
      if (!this.broken || this.state.day === null) return;
      const day = this.state.day;
      await this.journal?.close().catch(() => undefined);
      this.journal = null;
      try {
        await this.load(day);
        this.deps.log.warn({ day, rev: this.rev }, 'state rebuilt from the journal after a write failure');
        for (const fn of this.resetListeners) fn();
      } catch (err) {
        this.broken = true;
        this.deps.log.error({ err }, 'recovery failed; commands are still refused');
      }
    });
    return !this.broken;
  }

  /** Runs `fn` while every command waits. */
  private async exclusive(fn: () => Promise<void>): Promise<void> {
    while (this.gate) await this.gate;
    this.gate = fn().finally(() => (this.gate = null));
    await this.gate;
  }

  private notify(events: readonly DomainEvent[]): void {
    this.work.apply(events);
    for (const fn of this.deps.observers ?? []) fn(events, this.state);
  }

  /**
   * The hall as of the journal batch being sealed: the state holds exactly the commands that share its
   * sync, so nothing a failed sync could undo is announced (decisions §13). Built once per batch: every
   * entry of a batch is sealed at the same revision.
   */
  private sealedHall(): HallView {
    if (this.sealed?.rev !== this.rev) this.sealed = { rev: this.rev, hall: this.hall(this.deps.clock()) };
    return this.sealed.hall;
  }

  private hall(now: number): HallView {
    return hallView(this.state, this.rev, now, this.deps.operatorNames());
  }

  private ctx(now: number) {
    return { now, newId: this.deps.newId };
  }
}
