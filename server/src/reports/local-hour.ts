// The minute of the office's local day for a timestamp, from the queue's own clock (the office's
// zone, not the server's). A zone's offset from UTC changes only at rare transitions, so each function
// asks the clock for the offset once per UTC hour (checking both ends of the hour) instead of once per
// minute: a day summary then makes a few dozen time-zone conversions instead of several hundred.
import { localClock } from '@kezek/shared';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY_MINUTES = 24 * 60;

/** Minute of the office's local day (0..1439) for a timestamp. */
export function localMinuteFn(timeZone: string): (ms: number) => number {
  const exact = (minute: number) => localClock(minute * MINUTE, timeZone).minute;
  /** Local minute minus UTC minute of the day, per UTC hour; null when the offset changes inside it. */
  const offsets = new Map<number, number | null>();
  const offsetAt = (minute: number) => {
    const utc = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
    return (((exact(minute) - utc) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  };
  return (ms) => {
    const minute = Math.floor(ms / MINUTE);
    const hour = Math.floor(ms / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const first = hour * 60;
      const atStart = offsetAt(first);
      offset = atStart === offsetAt(first + 59) ? atStart : null;
      offsets.set(hour, offset);
    }
    if (offset === null) return exact(minute); // a transition hour: every minute asks the clock
    return ((((minute % DAY_MINUTES) + offset) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  };
}
