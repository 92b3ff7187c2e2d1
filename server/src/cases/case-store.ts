// The office's cases in memory, every change journaled and synced before it is acknowledged, then
// announced. The rules are shared/cases' pure functions; this is the same command path as the day's
// office (decide, fold, append, ack), kept small because a case command never touches the hall.
import {
  decideCase,
  type Case,
  type ReportCase,
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

/** A closed case stays live (in lists, reopenable) this long after its answer or redirect. */
export const KEEP_SETTLED_MS = 60 * 86_400_000;
/** Answers a retry carries across a compaction, so a command retried around a restart is not done twice. */
const CARRIED_ANSWERS_MS = 10 * 60_000;

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
  /** Recent answered requests, newest last, to carry across a compaction. */
  private recent: { req: string; at: number; ack: unknown }[] = [];

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
    while (this.recovering) await this.recovering;
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
    if (key !== null) this.remember(key, now, ack);
    for (const fn of this.listeners) fn(events);
    return ok(ack);
  }

  private remember(req: string, at: number, ack: unknown): void {
    this.requests.answer(req, ack);
    this.recent.push({ req, at, ack });
    if (this.recent.length > 2000) this.recent.splice(0, 1000);
  }

  /** A case live or archived, by the visitor's code. */
  async findByCode(code: string): Promise<Case | null> {
    const id = this.state.byCode[code];
    const live = id ? this.state.cases[id] : undefined;
    if (live && live.code === code) return live;
    return this.deps.storage.archive.findByCode(code);
  }

  /** What the report needs of every case registered in the years from..to, live and archived. */
  async reportCasesOfYears(from: number, to: number): Promise<ReportCase[]> {
    const out: ReportCase[] = Object.values(this.state.cases).filter((k) => {
      const y = Number(k.registeredOn.slice(0, 4));
      return y >= from && y <= to;
    });
    const live = new Set(out.map((k) => k.id));
    for (let y = from; y <= to; y += 1)
      for (const k of await this.deps.storage.archive.reportRows(y)) if (!live.has(k.id)) out.push(k);
    return out;
  }

  /**
   * Moves cases settled for KEEP_SETTLED_MS to the archive and rewrites the journal as one line of the
   * cases still live and the counters, plus the recent answers. Commands wait meanwhile. Crash-safe in
   * any step: the archive is written first, the journal replaced whole.
   */
  async compact(): Promise<number> {
    let moved = 0;
    await this.exclusive(async () => {
      const now = this.deps.clock();
      const settled = Object.values(this.state.cases).filter((k) => {
        const closedAt = k.answer?.at ?? k.redirect?.at ?? null;
        return k.status !== 'open' && closedAt !== null && now - closedAt >= KEEP_SETTLED_MS;
      });
      if (settled.length === 0) return;
      await this.deps.storage.archive.add(settled);
      const gone = new Set(settled.map((k) => k.id));
      const cases = Object.values(this.state.cases).filter((k) => !gone.has(k.id));
      const restored: CaseEntry = {
        seq: 1,
        at: now,
        req: null,
        events: [{ type: 'cases:restored', at: now, cases, counters: { ...this.state.counters } }],
        ack: null,
      };
      const answers = this.recent
        .filter((r) => now - r.at < CARRIED_ANSWERS_MS)
        .map((r, i): CaseEntry => ({ seq: i + 2, at: r.at, req: r.req, events: [], ack: r.ack }));
      await this.journal?.close();
      this.journal = null;
      await this.deps.storage.rewrite([restored, ...answers]);
      await this.load();
      moved = settled.length;
      this.deps.log.info({ moved, live: cases.length }, 'settled cases moved to the archive');
    });
    return moved;
  }

  private async exclusive(fn: () => Promise<void>): Promise<void> {
    while (this.recovering) await this.recovering;
    this.recovering = fn()
      .catch((err: unknown) => {
        // The journal may be closed: the next command reopens it from what is durable.
        this.broken = true;
        this.deps.log.error({ err }, 'case compaction failed; the cases are rebuilt from disk');
      })
      .finally(() => (this.recovering = null));
    await this.recovering;
  }

  private async load(): Promise<void> {
    this.state = initialCaseState();
    this.seq = 0;
    this.requests.clear();
    this.recent = [];
    this.journal = await this.deps.storage.open((entry) => {
      for (const event of entry.events) evolveCase(this.state, event);
      this.seq = entry.seq;
      if (entry.req !== null) this.remember(entry.req, entry.at, entry.ack);
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
