// Who decides where the office forwards: the start command (--hub-url/--hub-key or KEZEK_HUB_URL/
// KEZEK_HUB_KEY) wins when given; otherwise what the head set in the set-up (link-config.ts). A change
// from the set-up restarts the link at once, with no server restart.
import type { HubLinkSetup } from '@kezek/shared';
import type { Logger } from '../logger.js';
import { clearLinkConfig, keyHint, loadLinkConfig, saveLinkConfig } from './link-config.js';
import type { HubLinkTarget, LinkSwitch } from './link-switch.js';

export type { HubLinkSetup };

export class HubLinkControl {
  #saved: HubLinkTarget | null = null;

  constructor(
    private readonly link: LinkSwitch,
    private readonly dataDir: string,
    /** From the start command; null when it gave none. */
    private readonly fromStart: HubLinkTarget | null,
    private readonly log: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Starts the link the start command or the saved set-up names; before the office opens its days. */
  async start(): Promise<void> {
    this.#saved = await loadLinkConfig(this.dataDir);
    await this.link.use(this.fromStart ?? this.#saved);
  }

  view(): HubLinkSetup {
    const active = this.link.target;
    return {
      source: this.fromStart ? 'start' : this.#saved ? 'setup' : null,
      url: active?.url ?? null,
      keyHint: active ? keyHint(active.key) : null,
      saved: this.#saved ? { url: this.#saved.url, keyHint: keyHint(this.#saved.key) } : null,
      status: this.link.status(),
      now: this.clock(),
    };
  }

  async set(target: HubLinkTarget): Promise<HubLinkSetup> {
    await saveLinkConfig(this.dataDir, target);
    this.#saved = target;
    this.log.info({ hubUrl: target.url, office: keyHint(target.key) }, 'hub link set in the set-up');
    if (!this.fromStart) await this.link.use(target);
    return this.view();
  }

  async clear(): Promise<HubLinkSetup> {
    await clearLinkConfig(this.dataDir);
    this.#saved = null;
    this.log.info({}, 'hub link cleared in the set-up');
    if (!this.fromStart) await this.link.use(null);
    return this.view();
  }
}
