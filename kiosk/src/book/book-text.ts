// The sentence for each refusal the booking routes can give, in the visitor's language.
import { t, type Lang, type MessageKey } from '@kezek/shared';

const REFUSALS: Record<string, MessageKey> = {
  offline: 'book.offline',
  rate_limited: 'book.refused.rate_limited',
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

/** "2026-12-03" as the visitor reads it, in their language, with the weekday. */
export function dayText(day: string, lang: Lang): string {
  const locale = lang === 'kk' ? 'kk-KZ' : lang === 'ru' ? 'ru-RU' : 'en-GB';
  const date = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(date);
}
