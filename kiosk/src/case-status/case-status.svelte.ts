// Polls GET /api/cases/<code>; a case changes over days, so every half minute is plenty. The code is
// the last part of the page's address.
import type { CasePublicView, Lang } from '@kezek/shared';

const POLL_MS = 30_000;

export class CaseStatusState {
  view = $state.raw<CasePublicView | null>(null);
  missing = $state(false);
  offline = $state(false);
  /** The visitor may switch language; until then the case's own language. */
  chosen = $state<Lang | null>(null);
  readonly code: string;

  constructor(path = location.pathname) {
    this.code = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '');
    void this.poll();
    setInterval(() => void this.poll(), POLL_MS);
  }

  get lang(): Lang {
    return this.chosen ?? this.view?.lang ?? 'kk';
  }

  async poll(): Promise<void> {
    if (this.missing) return;
    try {
      const res = await fetch(`/api/cases/${encodeURIComponent(this.code)}`, { cache: 'no-store' });
      this.offline = false;
      if (res.status === 404) this.missing = true;
      else if (res.ok) this.view = (await res.json()) as CasePublicView;
    } catch {
      this.offline = true;
    }
  }
}

// The visitor's page writes dates as the staff screens and the receipt do: day.month.year, 24-hour,
// in the office's zone whatever the phone's.
export { isoToText as localDay, staffDateTime as localTime } from '@kezek/shared';
