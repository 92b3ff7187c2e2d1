// Local time in the office's zone. The business day, the numbering reset and the opening hours all
// follow the configured zone, never the server's: a server in UTC must still reset at Almaty midnight.
import type { WeekHours } from './types.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// Building a DateTimeFormat costs far more than using one, and issuing calls this for every ticket.
// A cache of formatters is memoisation, not state: the answer depends only on the arguments.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      // h23, not hour12: false, which some engines render as "24" at midnight.
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

// Every command asks for local time several times (opening hours of each sector in the hall view); within
// one second the answer is the same, and formatToParts is by far the dearest step.
const lastParts = new Map<string, { second: number; parts: LocalParts }>();

function localParts(now: number, timeZone: string): LocalParts {
  const second = Math.floor(now / 1000);
  const last = lastParts.get(timeZone);
  if (last && last.second === second) return last.parts;
  const parts = computeParts(now, timeZone);
  lastParts.set(timeZone, { second, parts: Object.freeze(parts) });
  return parts;
}

function computeParts(now: number, timeZone: string): LocalParts {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(now)) out[p.type] = p.value;
  return {
    year: Number(out['year']),
    month: Number(out['month']),
    day: Number(out['day']),
    hour: Number(out['hour']),
    minute: Number(out['minute']),
    second: Number(out['second']),
    weekday: WEEKDAYS.indexOf(out['weekday'] ?? ''),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The local calendar date, YYYY-MM-DD: the key of a business day. */
export function businessDay(now: number, timeZone: string): string {
  const p = localParts(now, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

export function localClock(now: number, timeZone: string): { weekday: number; minute: number } {
  const p = localParts(now, timeZone);
  return { weekday: p.weekday, minute: p.hour * 60 + p.minute };
}

/** Spans are [open, close): a kiosk stops issuing at the closing minute itself. */
export function isOpenAt(hours: WeekHours, now: number, timeZone: string): boolean {
  const { weekday, minute } = localClock(now, timeZone);
  const span = hours[weekday];
  return span != null && minute >= span[0] && minute < span[1];
}

/** The local wall time at `at` read as if it were UTC, to the second: date arithmetic in the zone. */
export function wallClock(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** How far local wall time is ahead of UTC at `at`, in ms. */
export function offsetAt(at: number, timeZone: string): number {
  return wallClock(at, timeZone) - Math.floor(at / 1000) * 1000;
}

/** Epoch ms of the next local midnight after `now`: when the server rolls the day over. */
export function nextLocalMidnight(now: number, timeZone: string): number {
  const p = localParts(now, timeZone);
  const wallMidnight = Date.UTC(p.year, p.month - 1, p.day + 1);
  const guess = wallMidnight - offsetAt(now, timeZone);
  // Correct once with the offset in force at the guess, in case a zone changes offset tonight.
  return wallMidnight - offsetAt(guess, timeZone);
}
