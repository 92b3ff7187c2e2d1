// The head's draft of the case settings. Lists of dates are edited as text, one date (or one transfer,
// "worked day -> day off") a line, the way a published calendar is copied in; the server checks them.
import { KURBAN_AIT, type CaseSettings, type ErrorCode } from '@kezek/shared';
import type { Connection } from '../lib/connection.svelte.ts';

const DATE = /\d{4}-\d{2}-\d{2}/g;
const lines = (dates: string[]) => dates.join('\n');
const datesIn = (text: string) => text.match(DATE) ?? [];

export interface YearDraft {
  year: string;
  kurbanAit: string;
  added: string;
  removed: string;
}

export class CaseSettingsDraft {
  settings = $state.raw<CaseSettings | null>(null);
  holidays = $state.raw<Record<string, string[]>>({});
  prefix = $state('');
  iinEnabled = $state(false);
  answerDays = $state(15);
  extensionMonths = $state(2);
  notifyDays = $state(3);
  redirectDays = $state(3);
  transfers = $state('');
  years = $state<YearDraft[]>([]);
  error = $state<ErrorCode | null>(null);
  saved = $state(false);

  constructor(private readonly conn: Connection) {}

  async load(): Promise<void> {
    const r = await this.conn.send('case:settings', {});
    if (!r.ok) return void (this.error = r.error);
    const s = r.data.settings;
    this.settings = s;
    this.holidays = r.data.holidays;
    this.prefix = s.prefix;
    this.iinEnabled = s.iinEnabled;
    this.answerDays = s.periods.answerWorkingDays;
    this.extensionMonths = s.periods.extensionMaxMonths;
    this.notifyDays = s.periods.notifyWorkingDays;
    this.redirectDays = s.periods.redirectWorkingDays;
    this.transfers = s.transfers.map((t) => `${t.workday} -> ${t.dayOff}`).join('\n');
    const shown = [...Object.keys(r.data.holidays), ...Object.keys(s.years)];
    this.years = shown
      .filter((y, i) => shown.indexOf(y) === i)
      .sort()
      .map((year) => {
        const own = s.years[year];
        return {
          year,
          // A year the head has not touched shows the shipped date, so saving it keeps that date.
          kurbanAit: (own ? own.kurbanAit : KURBAN_AIT[Number(year)]) ?? '',
          added: lines(own?.added ?? []),
          removed: lines(own?.removed ?? []),
        };
      });
  }

  async save(): Promise<void> {
    if (!this.settings) return;
    const transfers = this.transfers
      .split('\n')
      .map(datesIn)
      .filter((d) => d.length === 2)
      .map(([workday = '', dayOff = '']) => ({ workday, dayOff }));
    const years = Object.fromEntries(
      this.years.map((y) => [
        y.year,
        { kurbanAit: datesIn(y.kurbanAit)[0] ?? null, added: datesIn(y.added), removed: datesIn(y.removed) },
      ]),
    );
    const settings: CaseSettings = {
      ...this.settings,
      prefix: this.prefix.trim().toUpperCase(),
      iinEnabled: this.iinEnabled,
      periods: {
        answerWorkingDays: this.answerDays,
        extensionMaxMonths: this.extensionMonths,
        notifyWorkingDays: this.notifyDays,
        redirectWorkingDays: this.redirectDays,
      },
      transfers,
      years,
    };
    const r = await this.conn.send('case:save-settings', { settings });
    this.error = r.ok ? null : r.error;
    this.saved = r.ok;
    if (r.ok) await this.load();
  }
}
