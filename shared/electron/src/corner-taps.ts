// The hidden staff gesture on the kiosk: several taps in the top-left corner within a few seconds open
// the PIN prompt. The preload reports each corner tap; this counter, in the main process, decides.

export interface CornerTapRule {
  taps: number;
  withinMs: number;
}

export const STAFF_GESTURE: CornerTapRule = { taps: 5, withinMs: 3000 };

/** Side of the corner square, in CSS pixels, that counts as "the corner". */
export const CORNER_PX = 80;

/** Returns `tap(nowMs)`, true on the tap that completes the gesture (then counting starts over). */
export function cornerTapCounter(rule: CornerTapRule = STAFF_GESTURE): (nowMs: number) => boolean {
  let times: number[] = [];
  return (nowMs) => {
    times = [...times.filter((t) => nowMs - t < rule.withinMs), nowMs];
    if (times.length < rule.taps) return false;
    times = [];
    return true;
  };
}
