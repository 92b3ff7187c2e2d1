// The office's link to the region hub as the head's set-up drives it: read where it forwards and how
// the link is doing (refreshed while the panel is open), save an address and key, or stop forwarding.
// The key is sent once and never read back: the server answers only the office id it names.
import type { ErrorCode, HubLinkSetup } from '@kezek/shared';
import { headRequest } from './head-http.ts';

/** How often the open panel asks again: "last delivered" should not go stale on screen. */
const REFRESH_MS = 5000;

export class HubLinkState {
  setup = $state.raw<HubLinkSetup | null>(null);
  busy = $state(false);
  error = $state<ErrorCode | null>(null);

  constructor(private readonly token: () => string) {}

  load(): Promise<void> {
    return this.call('GET');
  }

  /** Refreshes until the returned stop is called (the panel's $effect cleanup). */
  watch(): () => void {
    void this.load();
    const timer = setInterval(() => void this.load(), REFRESH_MS);
    return () => clearInterval(timer);
  }

  async save(url: string, key: string): Promise<boolean> {
    return this.busyWith(() =>
      this.call('PUT', new Blob([JSON.stringify({ url, key })], { type: 'application/json' })),
    );
  }

  clear(): Promise<boolean> {
    return this.busyWith(() => this.call('DELETE'));
  }

  private async busyWith(fn: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    try {
      await fn();
      return this.error === null;
    } finally {
      this.busy = false;
    }
  }

  private async call(method: string, body?: Blob): Promise<void> {
    const answer = await headRequest(this.token(), '/api/hub-link', method, body);
    const read = answer.ok ? ((await answer.res.json().catch(() => null)) as HubLinkSetup | null) : null;
    if (answer.ok && read) {
      this.setup = read;
      this.error = null;
      return;
    }
    this.error = answer.ok ? 'invalid_payload' : answer.error;
  }
}

/** "just now", "3 min ago", "2 h ago", on the server's clock. */
export function agoKey(
  at: number,
  now: number,
): { key: 'head.hub.justNow' | 'head.hub.minAgo' | 'head.hub.hoursAgo'; n: number } {
  const min = Math.floor(Math.max(0, now - at) / 60_000);
  if (min < 1) return { key: 'head.hub.justNow', n: 0 };
  if (min < 120) return { key: 'head.hub.minAgo', n: min };
  return { key: 'head.hub.hoursAgo', n: Math.floor(min / 60) };
}
