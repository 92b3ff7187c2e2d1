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

/** "02.04.2026" from an ISO date, as the receipt writes it. */
export const localDay = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** "01.12.2026 13:28" in the office's zone, whatever the phone's zone. */
export function localTime(at: number, timeZone: string): string {
  const p = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} ${get('hour')}:${get('minute')}`;
}
