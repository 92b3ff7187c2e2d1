// The office's link to the hub as one switchable piece: the day store and the case storage talk to
// this switch, which remembers what is open (days and their last seq, the case journal) so a link
// configured, changed or cleared while the office runs starts where the office is, with no restart.
// Off (no hub), every call is a map update and nothing more.
import type { Logger } from '../logger.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { CaseLink } from './case-forwarder.js';
import { DocumentLink } from './document-forwarder.js';
import type { CaseListener } from './forwarding-case-storage.js';
import { HubLink } from './forwarder.js';
import type { DayListener } from './forwarding-store.js';
import type { Fetch } from './hub-client.js';
import type { HubLinkStatus } from './link-status.js';
import { adoptTarget } from './link-target.js';

export interface HubLinkTarget {
  url: string;
  key: string;
}

export interface LinkSwitchOptions {
  dataDir: string;
  log: Logger;
  clock?: () => number;
  fetch?: Fetch;
  retryMs?: number;
  maxRetryMs?: number;
  idleMs?: number;
}

interface Links {
  target: HubLinkTarget;
  day: HubLink;
  cases: CaseLink;
  docs: DocumentLink;
}

export class LinkSwitch implements DayListener {
  readonly #o: LinkSwitchOptions;
  #links: Links | null = null;
  readonly #openDays = new Map<string, number>();
  #casesOpen: number | null = null;
  #switching: Promise<void> = Promise.resolve();
  /** What the case storage talks to. */
  readonly cases: CaseListener;

  constructor(options: LinkSwitchOptions) {
    this.#o = options;
    this.cases = {
      opened: async (lastSeq) => {
        this.#casesOpen = lastSeq;
        await this.#links?.cases.opened(lastSeq);
      },
      durable: (seq) => {
        if (this.#casesOpen !== null) this.#casesOpen = Math.max(this.#casesOpen, seq);
        this.#links?.cases.durable(seq);
      },
    };
  }

  get target(): HubLinkTarget | null {
    return this.#links?.target ?? null;
  }

  /** Stops the current link (if any) and starts one to `target` (if given), one change at a time. */
  use(target: HubLinkTarget | null): Promise<void> {
    this.#switching = this.#switching
      .then(() => this.#use(target))
      .catch((err: unknown) => {
        this.#o.log.error({ err }, 'hub link: could not switch');
      });
    return this.#switching;
  }

  async #use(target: HubLinkTarget | null): Promise<void> {
    const old = this.#links;
    this.#links = null;
    if (old) await Promise.all([old.day.stop(), old.cases.stop(), old.docs.stop()]);
    if (!target) return;
    const o = this.#o;
    const office = target.key.slice(0, Math.max(0, target.key.indexOf('.')));
    if (await adoptTarget(o.dataDir, target.url, office)) {
      o.log.info({ hubUrl: target.url }, 'hub link: a new hub; everything still on disk is sent to it');
    }
    const common = {
      dataDir: o.dataDir,
      hubUrl: target.url,
      key: target.key,
      log: o.log,
      ...(o.clock ? { clock: o.clock } : {}),
      ...(o.fetch ? { fetch: o.fetch } : {}),
      ...(o.retryMs !== undefined ? { retryMs: o.retryMs } : {}),
      ...(o.maxRetryMs !== undefined ? { maxRetryMs: o.maxRetryMs } : {}),
      ...(o.idleMs !== undefined ? { idleMs: o.idleMs } : {}),
    };
    const links: Links = {
      target,
      day: new HubLink(common),
      cases: new CaseLink(common),
      docs: new DocumentLink(common),
    };
    await links.day.start();
    for (const [day, lastSeq] of this.#openDays) await links.day.dayOpened(day, lastSeq);
    await links.cases.start();
    if (this.#casesOpen !== null) await links.cases.opened(this.#casesOpen);
    await links.docs.start();
    this.#links = links;
  }

  async dayOpened(day: string, lastSeq: number): Promise<void> {
    this.#openDays.set(day, lastSeq);
    await this.#links?.day.dayOpened(day, lastSeq);
  }

  durableSafely(day: string, entry: JournalEntry): void {
    const last = this.#openDays.get(day);
    if (last !== undefined && entry.seq > last) this.#openDays.set(day, entry.seq);
    this.#links?.day.durableSafely(day, entry);
    if (entry.events.some((e) => e.type === 'ticket:issued')) this.#links?.docs.nudge();
  }

  dayArchived(day: string): void {
    this.#openDays.delete(day);
    this.#links?.day.dayArchived(day);
  }

  async stop(): Promise<void> {
    await this.use(null);
  }

  /** The three links as one line for the head: the worst state, the latest delivery, all that waits. */
  status(): HubLinkStatus | null {
    const l = this.#links;
    if (!l) return null;
    const day = l.day.status();
    const loops = [l.cases.loop, l.docs.loop];
    const errors = [
      { code: day.lastError, at: day.lastErrorAt },
      ...loops.map((x) => ({ code: x.lastError, at: x.lastErrorAt })),
    ].filter((e) => e.code !== null);
    const latest = errors.sort((a, b) => (b.at ?? 0) - (a.at ?? 0))[0];
    const delivered = [day.lastDeliveredAt, ...loops.map((x) => x.lastDeliveredAt)].filter(
      (t): t is number => t !== null,
    );
    return {
      hubUrl: day.hubUrl,
      state: day.state === 'retrying' || loops.some((x) => x.retrying) ? 'retrying' : 'delivering',
      lastDeliveredAt: delivered.length > 0 ? Math.max(...delivered) : null,
      // Journal entries, day and case: documents are a handful, sent within seconds of a change.
      pending: day.pending + l.cases.pending(),
      lastError: latest?.code ?? null,
      lastErrorAt: latest?.at ?? null,
    };
  }
}
