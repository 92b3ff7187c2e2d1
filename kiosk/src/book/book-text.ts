// The sentence for each refusal the booking routes can give, in the visitor's language, and the page's
// dates and times, always in the office's zone whatever the phone's.
import {
  formatClock,
  formatDate,
  startOfLocalDay,
  t,
  weekday,
  type Lang,
  type MessageKey,
} from '@kezek/shared';

const REFUSALS: Record<string, MessageKey> = {
  slot_full: 'book.refused.slot_full',
  booking_limit: 'book.refused.person_limit',
  // The server says the slot cannot be booked now: past its lead time, beyond the window, a day off.
  slot_unavailable: 'book.refused.too_late',
  holiday: 'book.refused.holiday',
  booking_off: 'book.refused.closed',
  iin_invalid: 'book.badIin',
  iin_disabled: 'book.refused.other',
  unknown_booking: 'book.notFound',
  http_404: 'book.notFound',
  booking_not_active: 'book.refused.not_active',
  rate_limited: 'book.refused.rate_limited',
  offline: 'book.offline',
};

export function refusalText(lang: Lang, error: string): string {
  return t(lang, REFUSALS[error] ?? 'book.refused.other');
}

/** Phone numbers of Kazakhstan as people write them: +7 701 234 56 78, 8 701…, 701…; null if not one. */
export function normalPhone(input: string): string | null {
  const digits = input.replace(/\D/g, '');
  const national = digits.length === 11 && /^[78]/.test(digits) ? digits.slice(1) : digits;
  return /^[67]\d{9}$/.test(national) ? `+7${national}` : null;
}

/** An office day ("2026-12-03") as the visitor reads it: "3 желтоқсан, бейсенбі". */
export const dayText = (day: string, timeZone: string, lang: Lang): string =>
  formatDate(startOfLocalDay(day, timeZone) + 12 * 3_600_000, timeZone, lang);

export const clockText = (at: number, timeZone: string): string => formatClock(at, timeZone);

const WEEKDAYS: Record<Lang, readonly string[]> = {
  kk: ['Жс', 'Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сн'],
  ru: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** A day chip's two short lines, "Сс" over "01.12": fifteen of them scroll past a thumb. */
export function dayChip(day: string, lang: Lang): { weekday: string; date: string } {
  const [, m = '', d = ''] = day.split('-');
  return { weekday: WEEKDAYS[lang][weekday(day)] ?? '', date: `${d}.${m}` };
}
