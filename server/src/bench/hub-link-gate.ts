// The wide-area link between the simulated offices and the hub, which the bench can hold, cut and
// restore. It is the `fetch` each office's real forwarder (hub-link/forwarder.ts) sends through.
// held: a request waits and leaves when the link opens (offices that worked a day before the hub
//       was there all send at once), with the forwarder's own 15 s timeout counted from then;
// cut:  a request fails at once, as a refused connection does, and the forwarder backs off;
// open: straight through.
import type { Fetch } from '../hub-link/hub-client.js';

type Mode = 'held' | 'cut' | 'open';

/** hub-link/forwarder.ts's default. */
const FORWARDER_TIMEOUT_MS = 15_000;

export class LinkGate {
  #mode: Mode;
  #opened: Promise<void>;
  #open: () => void = () => undefined;
  readonly counts = { requests: 0, failed: 0, timedOut: 0, refusedWhileCut: 0 };

  constructor(mode: Mode) {
    this.#mode = mode;
    this.#opened = new Promise((r) => (this.#open = r));
    if (mode === 'open') this.#open();
  }

  get mode(): Mode {
    return this.#mode;
  }

  open(): void {
    this.#mode = 'open';
    this.#open();
  }

  cut(): void {
    this.#mode = 'cut';
    this.#opened = new Promise((r) => (this.#open = r));
  }

  readonly fetch: Fetch = async (input, init) => {
    if (this.#mode === 'cut') {
      this.counts.refusedWhileCut += 1;
      throw new TypeError('fetch failed: the link is cut');
    }
    let options = init;
    if (this.#mode === 'held') {
      await this.#opened;
      options = { ...init, signal: AbortSignal.timeout(FORWARDER_TIMEOUT_MS) };
    }
    this.counts.requests += 1;
    try {
      const res = await fetch(input, options);
      if (res.status !== 200) this.counts.failed += 1;
      return res;
    } catch (err) {
      if (err instanceof DOMException && err.name === 'TimeoutError') this.counts.timedOut += 1;
      else this.counts.failed += 1;
      throw err;
    }
  };
}
