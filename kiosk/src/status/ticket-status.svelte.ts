// Polls GET /api/tickets/<code> every two seconds; the code is the last part of the page's address.
import type { TicketStatusView } from '@kezek/shared';

const POLL_MS = 2000;

export type RateState = 'idle' | 'sending' | 'done' | 'failed';

export class TicketStatus {
  view = $state.raw<TicketStatusView | null>(null);
  missing = $state(false);
  offline = $state(false);
  rate = $state<RateState>('idle');
  readonly code: string;

  constructor(path = location.pathname) {
    this.code = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '');
    void this.poll();
    setInterval(() => void this.poll(), POLL_MS);
  }

  async poll(): Promise<void> {
    if (this.missing) return;
    try {
      const res = await fetch(`/api/tickets/${encodeURIComponent(this.code)}`, { cache: 'no-store' });
      this.offline = false;
      if (res.status === 404) this.missing = true;
      else if (res.ok) this.view = (await res.json()) as TicketStatusView;
    } catch {
      this.offline = true;
    }
  }

  async send(stars: number, comment: string): Promise<void> {
    if (this.rate === 'sending' || this.rate === 'done') return;
    this.rate = 'sending';
    try {
      const res = await fetch(`/api/tickets/${encodeURIComponent(this.code)}/rating`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ stars, comment: comment.trim() || null }),
      });
      this.rate = res.ok || res.status === 409 ? 'done' : 'failed';
    } catch {
      this.rate = 'failed';
    }
    await this.poll();
  }
}
