// Which days a report is compared with: the period just before it (yesterday, for a day), the same days
// a week earlier, or the whole of last week (Monday to Sunday) as an average day. Days are the office's
// "YYYY-MM-DD", counted as plain calendar days.

export type CompareMode = 'previous' | 'weekAgo' | 'lastWeek';
export const COMPARE_MODES: readonly CompareMode[] = ['previous', 'weekAgo', 'lastWeek'];

const DAY_MS = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const shift = (day: string, days: number) => toDay(toMs(day) + days * DAY_MS);

export function compareRange(from: string, to: string, mode: CompareMode): { from: string; to: string } {
  const length = Math.round((toMs(to) - toMs(from)) / DAY_MS) + 1;
  if (mode === 'previous') return { from: shift(from, -length), to: shift(from, -1) };
  if (mode === 'weekAgo') return { from: shift(from, -7), to: shift(to, -7) };
  const monday = shift(from, -((new Date(toMs(from)).getUTCDay() + 6) % 7));
  return { from: shift(monday, -7), to: shift(monday, -1) };
}

/**
 * What the compared period's counts are multiplied by to stand beside this one's: 1 for a period as
 * long as this one; for last week, this period's days over the days last week had visitors.
 */
export function compareScale(mode: CompareMode, days: number, comparedDays: number): number {
  if (mode !== 'lastWeek' || comparedDays === 0) return 1;
  return Math.max(1, days) / comparedDays;
}
