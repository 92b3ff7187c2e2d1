// Hour and minute of the office's local day for a timestamp, from the queue's own clock (the office's
// zone, not the server's). Offsets are whole minutes, so every instant of one UTC minute has the same
// local minute: each function remembers its answers per minute, which turns thousands of time-zone
// conversions per day summary into a few hundred.
import { localClock } from '@kezek/shared';

function perMinute(compute: (ms: number) => number): (ms: number) => number {
  const known = new Map<number, number>();
  return (ms) => {
    const minute = Math.floor(ms / 60_000);
    let value = known.get(minute);
    if (value === undefined) {
      value = compute(minute * 60_000);
      known.set(minute, value);
    }
    return value;
  };
}

/** Minute of the office's local day (0..1439) for a timestamp. */
export function localMinuteFn(timeZone: string): (ms: number) => number {
  return perMinute((ms) => localClock(ms, timeZone).minute);
}

export function localHourFn(timeZone: string): (ms: number) => number {
  const minute = localMinuteFn(timeZone);
  return (ms) => Math.floor(minute(ms) / 60);
}
