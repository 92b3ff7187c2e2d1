// Small texts the case screens share: dates as the receipt writes them, the clock badge of a case.
import { t, type CaseView, type Lang } from '@kezek/shared';

// Dates as every staff screen writes them (shared/src/client/staff-time.ts).
export { isoToText as localDay, staffDateTime as localTime } from '@kezek/shared';

export function dueBadge(k: CaseView, lang: Lang): string | null {
  if (k.status !== 'open') return null;
  if (k.due === 'overdue') return t(lang, 'case.desk.overdue');
  if (k.due === 'due_soon') return t(lang, 'case.desk.dueSoon');
  return null;
}
