// Small texts the case screens share: dates as the receipt writes them, the clock badge of a case.
import { t, type CaseView, type Lang } from '@kezek/shared';

export const localDay = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export function dueBadge(k: CaseView, lang: Lang): string | null {
  if (k.status !== 'open') return null;
  if (k.due === 'overdue') return t(lang, 'case.desk.overdue');
  if (k.due === 'due_soon') return t(lang, 'case.desk.dueSoon');
  return null;
}

/** "01.12.2026 13:28" in the office's zone, as the receipt and the visitor's page write it. */
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
