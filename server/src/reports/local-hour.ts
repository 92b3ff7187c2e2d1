// Hour and minute of the office's local day for a timestamp. Intl rather than a fixed offset: the zone
// is a setting, and Kazakhstan's zones changed as recently as 2024. Offsets are whole minutes, so every
// instant of one UTC minute has the same local minute: each function remembers its answers per minute,
// which turns thousands of Intl calls per day summary into a few hundred.

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

export function localHourFn(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' });
  return perMinute((ms) => {
    const hour = format.formatToParts(ms).find((p) => p.type === 'hour');
    return Number(hour?.value ?? 0) % 24;
  });
}

/** Minute of the office's local day (0..1439) for a timestamp. */
export function localMinuteFn(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  return perMinute((ms) => {
    const parts = format.formatToParts(ms);
    const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
    return hour * 60 + Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  });
}
