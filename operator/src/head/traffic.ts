// The hall's traffic light for a queue's longest wait, as the region's rules colour it:
// green under 10 minutes, yellow 11–20, orange 21–30, red over 30.
export type Light = 'green' | 'yellow' | 'orange' | 'red';

export function trafficLight(waitMin: number): Light {
  if (waitMin <= 10) return 'green';
  if (waitMin <= 20) return 'yellow';
  if (waitMin <= 30) return 'orange';
  return 'red';
}

export const LIGHT_COLOURS: Record<Light, string> = {
  green: '#15803d',
  yellow: '#ca8a04',
  orange: '#ea580c',
  red: '#b91c1c',
};

/** Whole minutes between two instants, never negative. */
export const minutesBetween = (from: number, to: number): number =>
  Math.max(0, Math.floor((to - from) / 60_000));

/** Seconds as "m:ss" minutes for tables; "—" when there is nothing. */
export function mmss(sec: number | null): string {
  if (sec === null) return '—';
  const s = Math.round(sec);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Seconds as "h:mm" for work time. */
export function hmm(sec: number): string {
  const m = Math.round(sec / 60);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}
