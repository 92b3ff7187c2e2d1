// The traffic light beside each queue. The region's rule of thumb (green under 10 min, yellow 11–20,
// orange 21–30, red over 30) is written for its 15-minute target wait, so the bands are kept as
// fractions of each sector's own target: 2/3, 4/3 and 2 times targetWaitMin. At 15 minutes they are
// exactly 10, 20 and 30; the akim's reception (30 min target) turns yellow only after 20 minutes.
export type Light = 'green' | 'yellow' | 'orange' | 'red';

export function lightFor(waitedMin: number, targetWaitMin: number): Light {
  const target = Math.max(1, targetWaitMin);
  if (waitedMin <= (target * 2) / 3) return 'green';
  if (waitedMin <= (target * 4) / 3) return 'yellow';
  if (waitedMin <= target * 2) return 'orange';
  return 'red';
}
