// The server keeps times of day as minutes after local midnight; the head types clock times (HH:MM).
export const toClock = (min: number): string =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/** "24:00" is the end of the day; "00:00" as a closing time means it too. */
export const toMinutes = (clock: string, closing = false): number => {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  const min = h * 60 + m;
  return closing && min === 0 ? 24 * 60 : min;
};
