// The waits of a link's loop: idle until new work wakes it, a back-off after a failure that new work
// does not cut short, a short gathering of entries, and a stop that ends whatever wait is in hand.
export class Pause {
  #end: (() => void) | null = null;
  #wakeable = false;
  #stopped = false;

  /** Waits `ms`; `wake()` ends it early only when `wakeable`. Once stopped, resolves at once. */
  for(ms: number, wakeable: boolean): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#end = null;
        this.#wakeable = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#end = done;
      this.#wakeable = wakeable;
    });
  }

  /** New work: ends an idle wait, never a back-off. */
  wake(): void {
    if (this.#wakeable) this.#end?.();
  }

  /** Ends the wait in hand, whatever it is. */
  end(): void {
    this.#end?.();
  }

  stop(): void {
    this.#stopped = true;
    this.#end?.();
  }
}

/** Doubling from `retryMs` to `maxRetryMs`, with jitter so offices cut off together do not return together. */
export function backoffMs(failures: number, retryMs: number, maxRetryMs: number): number {
  return Math.min(maxRetryMs, retryMs * 2 ** (failures - 1)) * (0.75 + Math.random() * 0.5);
}
