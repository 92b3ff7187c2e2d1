// The ticket and screen content being edited. The server keeps volume as 0..1 and quiet hours as
// minutes after local midnight; the head types percent and clock times.
import { DEFAULT_VOICE_LANGUAGES, type Names, type OfficeContent } from '@kezek/shared';

const toClock = (min: number): string =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
const toMinutes = (clock: string): number => {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
};

export class ContentDraft {
  ticketFooter = $state<Names>({ kk: '', ru: '', en: '' });
  ticker = $state<Names>({ kk: '', ru: '', en: '' });
  volumePct = $state<number | null>(100);
  quiet = $state(false);
  quietFrom = $state('22:00');
  quietTo = $state('08:00');
  kioskIdleSec = $state<number | null>(60);
  voiceLanguages = $state(DEFAULT_VOICE_LANGUAGES);

  reset(c: OfficeContent): void {
    this.ticketFooter = { ...c.ticketFooter };
    this.ticker = { ...c.ticker };
    this.volumePct = Math.round(c.volume * 100);
    this.quiet = c.quietHours !== null;
    if (c.quietHours) {
      this.quietFrom = toClock(c.quietHours[0]);
      this.quietTo = toClock(c.quietHours[1]);
    }
    this.kioskIdleSec = c.kioskIdleSec;
    this.voiceLanguages = c.voiceLanguages ?? DEFAULT_VOICE_LANGUAGES;
  }

  /** The content to save; media stays as it is (files are managed on disk). */
  apply(c: OfficeContent): OfficeContent {
    return {
      ...c,
      ticketFooter: { ...this.ticketFooter },
      ticker: { ...this.ticker },
      volume: (this.volumePct ?? -1) / 100,
      quietHours: this.quiet ? [toMinutes(this.quietFrom), toMinutes(this.quietTo)] : null,
      kioskIdleSec: this.kioskIdleSec ?? 0,
      voiceLanguages: this.voiceLanguages,
    };
  }
}
