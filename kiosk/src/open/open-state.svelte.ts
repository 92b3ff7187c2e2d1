// The public figures, polled: the server recomputes them every few seconds, a phone asks every 15.
import { LANGS, type Lang, type OpenView } from '@kezek/shared';

const POLL_MS = 15_000;
export type PeriodKey = 'today' | 'week' | 'month';

export class OpenState {
  view = $state<OpenView | null>(null);
  offline = $state(false);
  period = $state<PeriodKey>('today');
  lang = $state<Lang>(initialLang());

  constructor() {
    void this.load();
    setInterval(() => void this.load(), POLL_MS);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    // The address keeps the choice, so a reload or a shared link opens in the same language.
    history.replaceState(null, '', `${location.pathname}?lang=${lang}`);
  }

  private async load(): Promise<void> {
    try {
      const res = await fetch('/api/open', { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      this.view = (await res.json()) as OpenView;
      this.offline = false;
    } catch {
      this.offline = true;
    }
  }
}

/** ?lang= (a ticket's QR code carries the ticket's language), else Kazakh, the state language. */
function initialLang(): Lang {
  const asked = new URL(location.href).searchParams.get('lang');
  return (LANGS as readonly string[]).includes(asked ?? '') ? (asked as Lang) : 'kk';
}
