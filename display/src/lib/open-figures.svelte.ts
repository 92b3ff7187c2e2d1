// The office's public figures for the hall's transparency zone: the same cached answer the public page
// gets (/api/open), asked for every 20 s; the server recomputes it at most every 5 s however many ask.
import type { OpenView } from '@kezek/shared';

const POLL_MS = 20_000;
/** The zone turns between today and this month, so both can be read from the hall. */
const TURN_MS = 15_000;

export class OpenFigures {
  view = $state<OpenView | null>(null);
  showMonth = $state(false);

  constructor() {
    void this.load();
    setInterval(() => void this.load(), POLL_MS);
    setInterval(() => (this.showMonth = !this.showMonth), TURN_MS);
  }

  private async load(): Promise<void> {
    try {
      const res = await fetch('/api/open', { cache: 'no-store' });
      if (res.ok) this.view = (await res.json()) as OpenView;
    } catch {
      // Keep the last figures: the connection banner already says the server is away.
    }
  }
}
