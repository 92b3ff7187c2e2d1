// The loop the case and document links run: do one step of work, sleep while idle, and after a failure
// wait 1 s doubling to 30 s with jitter, as the day journal's link does. Failures become the short codes
// the head reads in the link status.
import type { HubLinkError } from '@kezek/shared';
import type { Logger } from '../logger.js';
import { LinkError } from './hub-client.js';
import { backoffMs, Pause } from './pause.js';

export interface RetryLoopOptions {
  log: Logger;
  clock: () => number;
  retryMs: number;
  maxRetryMs: number;
  idleMs: number;
  /** Names the link in log lines. */
  name: string;
}

/** What a step did: sent something (look again at once) or found nothing to send. */
export type StepResult = 'sent' | 'idle';

export class RetryLoop {
  #failures = 0;
  #stopped = false;
  #loop: Promise<void> | null = null;
  readonly #pause = new Pause();
  lastError: HubLinkError | null = null;
  lastErrorAt: number | null = null;
  lastDeliveredAt: number | null = null;

  constructor(
    private readonly o: RetryLoopOptions,
    private readonly step: () => Promise<StepResult>,
  ) {}

  get retrying(): boolean {
    return this.#failures > 0;
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#pause.stop();
    await this.#loop;
  }

  /** New work: ends an idle wait early, never a wait after a failure. */
  wake(): void {
    this.#pause.wake();
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      try {
        const result = await this.step();
        this.#failures = 0;
        if (result === 'sent') {
          this.lastDeliveredAt = this.o.clock();
          this.lastError = null;
        } else await this.#pause.for(this.o.idleMs, true);
      } catch (err) {
        await this.#pause.for(this.#failed(err), false);
      }
    }
  }

  #failed(err: unknown): number {
    this.#failures += 1;
    this.lastError = err instanceof LinkError ? err.code : 'journal_unreadable';
    this.lastErrorAt = this.o.clock();
    if (this.#failures === 1 || !(err instanceof LinkError)) {
      this.o.log.warn({ err, failures: this.#failures }, `hub link (${this.o.name}): failed; retrying`);
    }
    return backoffMs(this.#failures, this.o.retryMs, this.o.maxRetryMs);
  }
}
