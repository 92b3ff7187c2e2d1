// What a booking's code at the kiosk means now: a booked ticket, a walk-in ticket for a late arrival,
// or why neither. Pure; the server issues the ticket through the queue and then records it.
import { localDate } from '../calendar/zone.js';
import { windowClosed, windowsOf } from './rules.js';
import type { Booking, BookingSettings, CheckInRefusal } from './types.js';

const MINUTE = 60_000;

export type CheckInVerdict =
  { kind: 'booked' | 'late' } | { kind: 'refused'; reason: CheckInRefusal; opensAt?: number };

export function checkInVerdict(
  b: Booking | null,
  settings: BookingSettings,
  timeZone: string,
  now: number,
): CheckInVerdict {
  if (!b) return { kind: 'refused', reason: 'unknown' };
  if (b.status === 'cancelled') return { kind: 'refused', reason: 'cancelled' };
  if (b.status === 'checked_in' || b.status === 'late_walk_in')
    return { kind: 'refused', reason: 'checked_in' };
  if (localDate(now, timeZone) !== b.day) return { kind: 'refused', reason: 'other_day' };
  const w = windowsOf(settings, b);
  const opensAt = b.startAt - w.earlyMin * MINUTE;
  if (now < opensAt) return { kind: 'refused', reason: 'too_early', opensAt };
  // A no-show's window has closed; the visitor who still comes that day is served as a walk-in.
  if (b.status === 'no_show' || windowClosed(b, settings, now)) return { kind: 'late' };
  return { kind: 'booked' };
}
