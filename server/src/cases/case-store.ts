// The office's cases in memory, every change journaled and synced before it is acknowledged, then
// announced. The rules are shared/cases' pure functions; this is the same command path as the day's
// office (decide, fold, append, ack), kept small because a case command never touches the hall.
import {
  decideCase,
  evolveCase,
  fail,
  initialCaseState,
  ok,
  type CaseCommand,
  type CaseEvent,
  type CaseRules,
  type CaseState,
  type ErrorCode,
  type Result,
} from '@kezek/shared';
import type { Logger } from '../logger.js';
import { RequestLog } from '../office/request-log.js';
import type { Journal } from '../storage/journal-types.js';
import type { CaseEntry, CaseStorage } from './case-storage.js';

export interface CaseStoreDeps {
  storage: CaseStorage;
  clock: () => number;
  newId: () => string;
  log: Logger;
  /** The office's numbering and law's clock as settings hold them now. */
  rules: () => CaseRules;
}

export interface CaseMeta {
  actorId: string | null;
  requestId: string | null;
  /** When the change happened, if not now: a visit's case recovered after a crash keeps the visit's time. */
  at?: number;
}

export type CaseToAck<T> = (events: CaseEvent[], state: Readonly<CaseState>) => T;
export type CaseGuard = (state: Readonly<CaseState>) => ErrorCode | null;

export class CaseStore {
  private state: CaseState = initialCaseState();
  private journal: Journal<CaseEntry> | null = null;
  private seq = 0;
  private requests = new RequestLog();
  private broken = false;
  private recovering: Promise<void> | null = null;
  private listeners: ((events: CaseEvent[]) => void)[] = [];

  private constructor(private readonly deps: CaseStoreDeps) {}

  static async open(deps: CaseStoreDeps): Promise<CaseStore> {
    const store = new CaseStore(deps);
    await store.load();
    return store;
  }

  get cases(): Readonly<CaseState> {
    return this.state;
  }

  /** Called after each change is durable, with its events. */
  onCommitted(fn: (events: CaseEvent[]) => void): void {
    this.listeners.push(fn);
  }

  /** Decides, applies and journals one command, resolving after the fsync. Retries share one answer. */
  run<T>(command: CaseCommand, meta: CaseMeta, toAck: CaseToAck<T>, guard?: CaseGuard): Promise<Result<T>> {
    const key = meta.requestId === null ? null : `${meta.actorId ?? '-'}:${meta.requestId}`;
    const earlier = key === null ? null : this.requests.find<T>(key);
    if (earlier) return earlier;
    const attempt = this.attempt(command, key, meta.at, toAck, guard);
    if (key !== null) this.requests.track(key, attempt);
    return attempt;
  }

  async close(): Promise<void> {
    await this.recovering;
    await this.journal?.close();
    this.journal = null;
  }

  private async attempt<T>(
    command: CaseCommand,
    key: string | null,
    at: number | undefined,
    toAck: CaseToAck<T>,
    guard: CaseGuard | undefined,
  ): Promise<Result<T>> {
    if (this.recovering) await this.recovering;
    if (this.broken && !(await this.recover())) return fail('storage_failed');
    const journal = this.journal;
    if (!journal) return fail('storage_failed');
    const refused = guard?.(this.state);
    if (refused) return fail(refused);
    const now = at ?? this.deps.clock();
    const decided = decideCase(this.state, command, {
      now,
      newId: this.deps.newId,
      rules: this.deps.rules(),
    });
    if (!decided.ok) return decided;
    const events = decided.data;
    for (const event of events) evolveCase(this.state, event);
    const ack = toAck(events, this.state);
    try {
      await journal.append({ seq: ++this.seq, at: now, req: key, events, ack });
    } catch (err) {
      // Memory is now ahead of the disk: refuse until the state is rebuilt from what is durable.
      this.deps.log.error({ err }, 'case journal write failed; case commands are refused until recovery');
      this.broken = true;
      return fail('storage_failed');
    }
    if (key !== null) this.requests.answer(key, ack);
    for (const fn of this.listeners) fn(events);
    return ok(ack);
  }

  private async load(): Promise<void> {
    this.state = initialCaseState();
    this.seq = 0;
    this.requests.clear();
    this.journal = await this.deps.storage.open((entry) => {
      for (const event of entry.events) evolveCase(this.state, event);
      this.seq = entry.seq;
      if (entry.req !== null) this.requests.answer(entry.req, entry.ack);
    });
    this.broken = false;
  }

  private async recover(): Promise<boolean> {
    this.recovering ??= (async () => {
      await this.journal?.close().catch(() => undefined);
      this.journal = null;
      try {
        await this.load();
        this.deps.log.warn({ seq: this.seq }, 'cases rebuilt from their journal after a write failure');
      } catch (err) {
        this.broken = true;
        this.deps.log.error({ err }, 'case recovery failed; case commands are still refused');
      }
    })().finally(() => (this.recovering = null));
    await this.recovering;
    return !this.broken;
  }
}
