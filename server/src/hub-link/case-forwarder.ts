// Forwards the office's case journal to the hub, generation by generation (case-outbox.ts) and in seq
// order, from where the hub last acknowledged. Like the day link it hears of an entry only after its
// sync (forwarding-case-storage.ts), reads the entries back from the file with the journal's own reader
// in a worker, and never stands in a case command's path.
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { ensureDirDurable, readJsonFile, writeFileDurable } from '../storage/durable-file.js';
import { CaseAck, MAX_CASE_BATCH_BYTES, MAX_CASE_BATCH_ENTRIES } from '../hub/wire-more.js';
import { LinkError, post, type Fetch } from './hub-client.js';
import { adoptCaseJournal, caseGenerations, caseOutboxPath, releaseGeneration } from './case-outbox.js';
import { linkDir } from './link-state.js';
import { readBack } from './read-back.js';
import { RetryLoop, type StepResult } from './retry-loop.js';

export interface CaseLinkOptions {
  dataDir: string;
  hubUrl: string;
  key: string;
  log: Logger;
  clock?: () => number;
  fetch?: Fetch;
  retryMs?: number;
  maxRetryMs?: number;
  idleMs?: number;
  timeoutMs?: number;
}

const State = z.object({
  schemaVersion: z.literal(1),
  /** generation -> the last seq the hub holds of it without a gap. */
  acked: z.record(z.string().regex(/^\d+$/), z.number().int().min(0)),
});
type State = z.infer<typeof State>;
const statePath = (dataDir: string) => join(linkDir(dataDir), 'cases-acked.json');

export class CaseLink {
  readonly #o: CaseLinkOptions;
  #state: State = { schemaVersion: 1, acked: {} };
  /** The generation the office has open and the last seq durable in it; null until it opens. */
  #current: { generation: number; durable: number } | null = null;
  /** The journal file's own generation at start: not read before the office has opened it. */
  #unopened: number | null = null;
  /** Highest seq seen per generation, for the pending count. */
  readonly #known = new Map<number, number>();
  readonly loop: RetryLoop;

  constructor(options: CaseLinkOptions) {
    this.#o = options;
    this.loop = new RetryLoop(
      {
        log: options.log,
        clock: options.clock ?? Date.now,
        retryMs: options.retryMs ?? 1000,
        maxRetryMs: options.maxRetryMs ?? 30_000,
        idleMs: options.idleMs ?? 5000,
        name: 'cases',
      },
      () => this.#step(),
    );
  }

  async start(): Promise<void> {
    const raw = await readJsonFile(statePath(this.#o.dataDir)).catch(() => null);
    const parsed = State.safeParse(raw);
    if (parsed.success) this.#state = parsed.data;
    // Opening may cut a torn tail: the live file is read only once the office has opened it.
    this.#unopened = await adoptCaseJournal(this.#o.dataDir).catch(() => null);
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** The office opened (or reopened, after a compaction) its case journal; `lastSeq` was replayed. */
  async opened(lastSeq: number): Promise<void> {
    const generation = await adoptCaseJournal(this.#o.dataDir).catch((err: unknown) => {
      this.#o.log.warn({ err }, 'hub link: cannot link the case journal into the outbox');
      return null;
    });
    this.#unopened = null;
    if (generation === null) return;
    this.#current = { generation, durable: lastSeq };
    this.#see(generation, lastSeq);
    this.loop.wake();
  }

  /** A case entry is on disk. */
  durable(seq: number): void {
    if (!this.#current) return;
    this.#current.durable = Math.max(this.#current.durable, seq);
    this.#see(this.#current.generation, seq);
    this.loop.wake();
  }

  pending(): number {
    let n = 0;
    for (const [g, top] of this.#known) n += Math.max(0, top - this.#acked(g));
    return n;
  }

  #see(generation: number, seq: number): void {
    this.#known.set(generation, Math.max(this.#known.get(generation) ?? 0, seq));
  }

  #acked(generation: number): number {
    return this.#state.acked[String(generation)] ?? 0;
  }

  async #step(): Promise<StepResult> {
    const dataDir = this.#o.dataDir;
    for (const generation of await caseGenerations(dataDir)) {
      const live = this.#current?.generation === generation;
      if (!live && this.#unopened === generation) continue;
      const upTo = live ? (this.#current?.durable ?? 0) : Infinity;
      const acked = this.#acked(generation);
      if (acked >= upTo) continue;
      const { window, last } = await readBack({
        paths: [caseOutboxPath(dataDir, generation)],
        after: acked,
        upTo,
        max: MAX_CASE_BATCH_ENTRIES,
      });
      this.#see(generation, last);
      if (window.length === 0) {
        if (!live) await this.#release(generation);
        continue;
      }
      await this.#send(generation, window);
      return 'sent';
    }
    return 'idle';
  }

  async #send(generation: number, window: readonly { seq: number }[]): Promise<void> {
    const parts: string[] = [];
    let size = 0;
    for (const entry of window) {
      const part = `{"seq":${entry.seq},"entry":${JSON.stringify(entry)}}`;
      // Characters, not bytes: half the limit leaves room for text of two bytes a character.
      if (parts.length > 0 && size + part.length > MAX_CASE_BATCH_BYTES / 8) break;
      parts.push(part);
      size += part.length;
    }
    const body = `{"generation":${generation},"entries":[${parts.join(',')}]}`;
    const o = this.#o;
    const answer = await post('/api/hub/cases', o.hubUrl, o.key, body, o.timeoutMs ?? 60_000, o.fetch);
    const ack = CaseAck.safeParse(answer);
    if (!ack.success || ack.data.generation !== generation) throw new LinkError('bad_answer');
    const before = this.#acked(generation);
    if (ack.data.lastSeq <= before) throw new LinkError('refused');
    this.#state.acked[String(generation)] = ack.data.lastSeq;
    await this.#save();
  }

  async #release(generation: number): Promise<void> {
    await releaseGeneration(this.#o.dataDir, generation);
    this.#known.delete(generation);
    this.#state.acked = Object.fromEntries(
      Object.entries(this.#state.acked).filter(([g]) => g !== String(generation)),
    );
    await this.#save();
  }

  async #save(): Promise<void> {
    await ensureDirDurable(linkDir(this.#o.dataDir));
    await writeFileDurable(statePath(this.#o.dataDir), JSON.stringify(this.#state));
  }
}
