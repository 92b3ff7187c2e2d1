// Times shown to people are in the office's zone (Asia/Almaty is UTC+5), whatever the device's own zone.
import type { Lang } from '../queue/types.js';

/** Kazakh names written out: browsers built with a reduced ICU have no Kazakh date data and print "M11". */
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const KK_WEEKDAYS = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function formatClock(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

function zonedDate(at: number, timeZone: string): { day: number; month: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    day: 'numeric',
    month: 'numeric',
    weekday: 'short',
  })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return {
    day: Number(parts['day']),
    month: Number(parts['month']) - 1,
    weekday: EN_WEEKDAYS.indexOf(parts['weekday'] ?? ''),
  };
}

export function formatDate(at: number, timeZone: string, lang: Lang): string {
  if (lang === 'kk') {
    const { day, month, weekday } = zonedDate(at, timeZone);
    return `${day} ${KK_MONTHS[month] ?? ''}, ${KK_WEEKDAYS[weekday] ?? ''}`;
  }
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(at);
}

/** Whole minutes from `since` to `now`, never negative (clocks of two machines differ a little). */
export function minutesBetween(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}
