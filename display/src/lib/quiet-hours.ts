// Quiet hours are [start, end) minutes after local midnight in the office's zone; a span may wrap midnight.
import { localClock } from '@kezek/shared';

export function inQuietHours(span: readonly [number, number] | null, now: number, timeZone: string): boolean {
  if (!span) return false;
  const [start, end] = span;
  const { minute } = localClock(now, timeZone);
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}
