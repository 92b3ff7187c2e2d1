// The office's side of the region hub: forwards every durable journal entry, day by day and in seq
// order, from where the hub last acknowledged. It never sits on the office's path: the journal hands
// it an entry only after that entry's sync (forwarding-store.ts), it keeps at most a window of entries
// in memory and reads the rest back from the journal files, and a hub that is down only makes it wait
// longer between attempts.
import { existsSync } from 'node:fs';
import type { Logger } from '../logger.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { journalPath } from '../storage/day-archive.js';
import { MAX_BATCH_BYTES, MAX_BATCH_ENTRIES } from '../hub/wire.js';
import { LinkError, sendBatch, type Fetch } from './hub-client.js';
import type { HubLinkStatus } from './link-status.js';
import { loadLinkState, saveLinkState, type LinkState } from './link-state.js';
import { adoptDay, outboxDays, outboxPath, releaseDay } from './outbox.js';
import { readBack } from './read-back.js';
import { backoffMs, Pause } from './pause.js';

export interface HubLinkOptions {
  dataDir: string;
  hubUrl: string;
  key: string;
  log: Logger;
  clock?: () => number;
  fetch?: Fetch;
  batchEntries?: number;
  /** The first wait after a failure; it doubles up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How often an idle link looks for work nobody announced (a day closed, a file adopted). */
  idleMs?: number;
  timeoutMs?: number;
  /**
   * How long a batch smaller than full waits for more entries of its day before it goes: live, an
   * office makes an entry at a time, and one transaction at the hub per entry is what a region of
   * offices cannot afford. A full batch never waits.
   */
  gatherMs?: number;
}

interface DayTrack {
  /** Durable entries not yet acknowledged, contiguous, oldest first; a window, not the whole day. */
  window: JournalEntry[];
  /** The highest seq this process knows to be durable; Infinity for a day it does not have open. */
  durable: number;
  /** Highest seq seen in the file or the window, for the pending count. */
  known: number;
  /** The office archived the day: once the hub holds all of it, its outbox link goes. */
  archived: boolean;
}

/** One batch of one day, already serialised. */
interface Outgoing {
  day: string;
  body: string;
  /** More of the day could join it: it is not full, and the day is still being written. */
  short: boolean;
}

/** Entries read back from a file at once; the batches then come from memory. */
const READ_WINDOW = 5000;

export class HubLink {
  readonly #o: Required<Omit<HubLinkOptions, 'fetch'>> & { fetch: Fetch | undefined };
  #state: LinkState = { schemaVersion: 1, acked: {}, lastDeliveredAt: null };
  readonly #days = new Map<string, DayTrack>();
  #failures = 0;
  #lastError: HubLinkStatus['lastError'] = null;
  #lastErrorAt: number | null = null;
  #stopped = false;
  #loop: Promise<void> | null = null;
  /** New entries end an idle wait early, never a wait after a failure. */
  readonly #pause = new Pause();
  /** The day whose short batch is gathering: a full batch of it ends the wait early. */
  #gathering: string | null = null;

  constructor(options: HubLinkOptions) {
    this.#o = {
      clock: Date.now,
      batchEntries: MAX_BATCH_ENTRIES,
      retryMs: 1000,
      maxRetryMs: 30_000,
      idleMs: 5000,
      timeoutMs: 15_000,
      gatherMs: 250,
      ...options,
      fetch: options.fetch,
    };
  }

  /** Loads what the hub acknowledged and the days still to send; call before the office opens its days. */
  async start(): Promise<void> {
    this.#state = await loadLinkState(this.#o.dataDir);
    for (const day of await outboxDays(this.#o.dataDir)) {
      const t = this.#track(day);
      t.archived = !existsSync(journalPath(this.#o.dataDir, day));
      // A journal still open is sent only once the office has opened it (dayOpened): opening may cut a
      // torn or damaged tail, and the hub must never hold an entry the office then writes differently.
      if (!t.archived) t.durable = 0;
    }
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#pause.stop();
    await this.#loop;
  }

  status(): HubLinkStatus {
    let pending = 0;
    for (const [day, t] of this.#days) {
      const top = Math.max(t.known, Number.isFinite(t.durable) ? t.durable : 0);
      pending += Math.max(0, top - this.#acked(day));
    }
    return {
      hubUrl: this.#o.hubUrl,
      state: this.#failures > 0 ? 'retrying' : 'delivering',
      lastDeliveredAt: this.#state.lastDeliveredAt,
      pending,
      lastError: this.#lastError,
      lastErrorAt: this.#lastErrorAt,
    };
  }

  /** The office opened the day's journal; `lastSeq` is the last entry it replayed from it. */
  async dayOpened(day: string, lastSeq: number): Promise<void> {
    // Without the link the day is still read from its journal, only not after the office archives it.
    await adoptDay(this.#o.dataDir, day).catch((err: unknown) =>
      this.#o.log.warn({ err, day }, 'hub link: cannot link the journal into the outbox'),
    );
    const t = this.#track(day);
    t.durable = lastSeq;
    t.known = Math.max(t.known, lastSeq);
    t.archived = false;
    this.#pause.wake();
  }

  /** An entry is on disk. Called after its sync, never before. */
  durable(day: string, entry: JournalEntry): void {
    const t = this.#track(day);
    t.durable = Math.max(t.durable, entry.seq);
    t.known = Math.max(t.known, entry.seq);
    const next = (t.window.at(-1)?.seq ?? this.#acked(day)) + 1;
    // Only a contiguous window helps; past a gap (or a full window) the file has it.
    if (entry.seq === next && t.window.length < READ_WINDOW) t.window.push(entry);
    this.#pause.wake();
    if (this.#gathering === day && t.window.length >= this.#o.batchEntries) this.#pause.end();
  }

  /** `durable` for the journal's own promise chain: a fault here must never fail the office's append. */
  durableSafely(day: string, entry: JournalEntry): void {
    try {
      this.durable(day, entry);
    } catch (err) {
      this.#o.log.error({ err, day }, 'hub link: could not take an entry');
    }
  }

  dayArchived(day: string): void {
    const t = this.#track(day);
    t.archived = true;
    t.durable = Infinity;
    this.#pause.wake();
  }

  #track(day: string): DayTrack {
    let t = this.#days.get(day);
    if (!t) this.#days.set(day, (t = { window: [], durable: Infinity, known: 0, archived: true }));
    return t;
  }

  #acked(day: string): number {
    return this.#state.acked[day] ?? 0;
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      try {
        let batch = await this.#nextBatch();
        if (!batch) {
          await this.#pause.for(this.#o.idleMs, true);
          continue;
        }
        if (batch.short && this.#o.gatherMs > 0) {
          await this.#gather(batch.day);
          batch = (await this.#nextBatch()) ?? batch;
        }
        await this.#deliver(batch);
        this.#failures = 0;
      } catch (err) {
        await this.#pause.for(this.#failed(err), false);
      }
    }
  }

  async #deliver({ day, body }: Outgoing): Promise<void> {
    const o = this.#o;
    const before = this.#acked(day);
    const ack = await sendBatch(o.hubUrl, o.key, body, o.timeoutMs, o.fetch);
    for (const a of ack.days) this.#state.acked[a.day] = Math.max(this.#acked(a.day), a.lastSeq);
    // Sent from the first entry it lacks: an answer that does not move on would be sent again at once.
    if (this.#acked(day) <= before) throw new LinkError('refused');
    this.#state.lastDeliveredAt = o.clock();
    this.#lastError = null;
    await saveLinkState(o.dataDir, this.#state);
  }

  #failed(err: unknown): number {
    this.#failures += 1;
    this.#lastError = err instanceof LinkError ? err.code : 'journal_unreadable';
    this.#lastErrorAt = this.#o.clock();
    if (this.#failures === 1 || !(err instanceof LinkError)) {
      this.#o.log.warn({ err, failures: this.#failures }, 'hub link: delivery failed; retrying');
    }
    return backoffMs(this.#failures, this.#o.retryMs, this.#o.maxRetryMs);
  }

  /** The oldest day with something to send, as one batch; releases days the hub holds whole. */
  async #nextBatch(): Promise<Outgoing | null> {
    for (const day of [...this.#days.keys()].sort()) {
      const t = this.#days.get(day);
      if (!t) continue;
      const acked = this.#acked(day);
      while (t.window[0] && t.window[0].seq <= acked) t.window.shift();
      if (acked >= t.durable) continue;
      if (t.window[0]?.seq !== acked + 1) await this.#readBack(day, t, acked);
      if (t.window.length === 0) {
        if (t.archived) await this.#release(day);
        continue;
      }
      return this.#take(day, t);
    }
    return null;
  }

  /** The batch as the JSON the hub reads, each entry serialised once (a big centre sends thousands). */
  #take(day: string, t: DayTrack): Outgoing {
    const parts: string[] = [];
    let size = 0;
    for (const entry of t.window) {
      if (parts.length >= this.#o.batchEntries) break;
      const part = `{"day":"${day}","seq":${entry.seq},"entry":${JSON.stringify(entry)}}`;
      // Characters, not bytes: half the limit leaves room for text that takes two bytes a character.
      if (parts.length > 0 && size + part.length > MAX_BATCH_BYTES / 2) break;
      parts.push(part);
      size += part.length;
    }
    const short = !t.archived && parts.length < this.#o.batchEntries && parts.length === t.window.length;
    return { day, body: `{"entries":[${parts.join(',')}]}`, short };
  }

  /** Refills the window from the journal file, through the journal's own reader, off the event loop. */
  async #readBack(day: string, t: DayTrack, acked: number): Promise<void> {
    const paths = [outboxPath(this.#o.dataDir, day), journalPath(this.#o.dataDir, day)];
    const { window, last } = await readBack({ paths, after: acked, upTo: t.durable, max: READ_WINDOW });
    t.known = Math.max(t.known, last);
    // Entries that became durable while the file was read join the window if they follow it.
    const live = t.window.filter((e) => e.seq > (window.at(-1)?.seq ?? acked));
    t.window = window;
    for (const e of live) if (e.seq === (t.window.at(-1)?.seq ?? acked) + 1) t.window.push(e);
  }

  async #release(day: string): Promise<void> {
    await releaseDay(this.#o.dataDir, day);
    this.#days.delete(day);
    this.#state.acked = Object.fromEntries(Object.entries(this.#state.acked).filter(([d]) => d !== day));
    await saveLinkState(this.#o.dataDir, this.#state);
  }

  /** Waits up to gatherMs for the day's window to fill a batch. */
  async #gather(day: string): Promise<void> {
    this.#gathering = day;
    await this.#pause.for(this.#o.gatherMs, false);
    this.#gathering = null;
  }
}
