// Hour of the office's local day for a timestamp. Intl rather than a fixed offset: the zone is a setting,
// and Kazakhstan's zones changed as recently as 2024.

export function localHourFn(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' });
  return (ms) => {
    const hour = format.formatToParts(ms).find((p) => p.type === 'hour');
    return Number(hour?.value ?? 0) % 24;
  };
}

/** Minute of the office's local day (0..1439) for a timestamp. */
export function localMinuteFn(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  return (ms) => {
    const parts = format.formatToParts(ms);
    const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
    return hour * 60 + Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  };
}
