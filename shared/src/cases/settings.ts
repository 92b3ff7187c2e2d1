// What the office sets for its cases. Kept apart from the office set-up: the day's queue never reads
// it, and an office that never opens a case needs none (every field has a default).
import type { CalendarYear } from '../calendar/calendar.js';
import { DEFAULT_PERIODS, type CasePeriods } from '../calendar/deadlines.js';
import { GOVERNMENT_TRANSFERS, type DayTransfer } from '../calendar/holidays.js';
import type { PrinterSettings } from '../views.js';
import type { CaseRules } from './types.js';

export interface CaseSettings {
  /** Starts every registration number, e.g. "ALM"; letters and digits. */
  prefix: string;
  iinEnabled: boolean;
  periods: CasePeriods;
  weekend: number[];
  transfers: DayTransfer[];
  /** Per year: Kurban Ait's date and the head's own days off and working days. */
  years: Record<string, CalendarYear>;
  /**
   * Which printer prints each desk's receipts, chosen by the head: a network printer of its own, or a
   * kiosk's (a `local:` one prints through that kiosk's shell). A desk not listed prints none: its
   * receipt shows on the screen.
   */
  deskPrinters?: Record<string, DeskPrinter>;
}

export type DeskPrinter = PrinterSettings | { kioskId: string };

export const isKioskChoice = (p: DeskPrinter): p is { kioskId: string } => 'kioskId' in p;

export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  prefix: 'KZ',
  iinEnabled: false,
  periods: DEFAULT_PERIODS,
  weekend: [0, 6],
  transfers: [...GOVERNMENT_TRANSFERS],
  years: {},
};

export function caseRules(settings: CaseSettings, timeZone: string): CaseRules {
  return {
    prefix: settings.prefix,
    iinEnabled: settings.iinEnabled,
    periods: settings.periods,
    calendar: { timeZone, weekend: settings.weekend, transfers: settings.transfers, years: settings.years },
  };
}
