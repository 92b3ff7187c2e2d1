// A simulated office: its own data folder, the office's real journal on disk (storage/file-day-store)
// with the real forwarder listening in (hub-link/forwarding-store + forwarder), through a link the bench
// controls. An entry is committed when the journal's append resolves: it is synced to the office's disk,
// and the forwarding store has just handed it to the forwarder (`HubLink.durable`), which is what an
// office server's command does before it acknowledges.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { HubLink } from '../hub-link/forwarder.js';
import { forwardingDayStore } from '../hub-link/forwarding-store.js';
import { silentLogger } from '../logger.js';
import type { DayJournal, DayStore } from '../office/day-store.js';
import { fileDayStore } from '../storage/file-day-store.js';
import type { DayPlan, OfficeDays } from './hub-days.js';
import type { LinkGate } from './hub-link-gate.js';

/** Entries appended at once when a day is written at full speed: a few syncs, like a busy hall's. */
const CHUNK = 500;

export class SimOffice {
  readonly #journals = new Map<string, { journal: DayJournal; next: number }>();
  #store: DayStore | null = null;
  #link: HubLink | null = null;

  constructor(
    readonly id: string,
    readonly key: string,
    readonly days: OfficeDays,
    readonly dir: string,
  ) {}

  /** Starts the forwarder before any day is open, as the office server does. */
  async start(hubUrl: string, gate: LinkGate): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const config = this.days.config;
    this.#link = new HubLink({
      dataDir: this.dir,
      hubUrl,
      key: this.key,
      log: silentLogger,
      fetch: gate.fetch,
    });
    await this.#link.start();
    this.#store = forwardingDayStore(
      await fileDayStore(this.dir, silentLogger, { config: () => config }),
      this.#link,
    );
  }

  plan(day: string): DayPlan {
    const plan = this.days.days.find((d) => d.day === day);
    if (!plan) throw new Error(`${this.id} has no day ${day}`);
    return plan;
  }

  /** Commits the day's next entry; resolves when it is committed. */
  async commitNext(day: string): Promise<number> {
    const j = await this.#journal(day);
    const entry = this.plan(day).entries[j.next - 1];
    if (!entry) throw new Error(`${this.id} has written all of ${day}`);
    j.next += 1;
    await j.journal.append(entry);
    return entry.seq;
  }

  /** Commits the day up to entry `upTo` (all of it by default) as fast as the disk takes it. */
  async commitUpTo(day: string, upTo = Infinity): Promise<void> {
    const j = await this.#journal(day);
    const entries = this.plan(day).entries;
    const last = Math.min(upTo, entries.length);
    while (j.next <= last) {
      const chunk = entries.slice(j.next - 1, Math.min(last, j.next - 1 + CHUNK));
      j.next += chunk.length;
      await Promise.all(chunk.map((e) => j.journal.append(e)));
    }
  }

  /** Entries committed of the day so far. */
  committed(day: string): number {
    return (this.#journals.get(day)?.next ?? 1) - 1;
  }

  pendingOnLink(): number {
    return this.#link?.status().pending ?? 0;
  }

  async stop(): Promise<void> {
    await this.#link?.stop();
    for (const { journal } of this.#journals.values()) await journal.close();
    this.#journals.clear();
  }

  async #journal(day: string): Promise<{ journal: DayJournal; next: number }> {
    let j = this.#journals.get(day);
    if (!j) {
      if (!this.#store) throw new Error('start the office first');
      j = { journal: await this.#store.openDay(day, () => undefined), next: 1 };
      this.#journals.set(day, j);
    }
    return j;
  }
}

export const officeDir = (root: string, id: string) => join(root, id);
