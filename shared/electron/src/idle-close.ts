// The staff settings close themselves when nobody touches them, so a prompt left open on a kiosk (or a
// form left unlocked) does not wait for the next visitor. Each sign of life from the page restarts it.

/** A minute without a touch or a key closes the staff settings. */
export const SETTINGS_IDLE_MS = 60_000;

export interface IdleTimers {
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

const REAL_TIMERS: IdleTimers = {
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Starts the countdown at once; `poke()` restarts it, `stop()` ends it (the window closed anyway). */
export function idleCloser(close: () => void, idleMs = SETTINGS_IDLE_MS, timers = REAL_TIMERS) {
  let handle: unknown = timers.setTimer(close, idleMs);
  let stopped = false;
  return {
    poke(): void {
      if (stopped) return;
      timers.clearTimer(handle);
      handle = timers.setTimer(close, idleMs);
    },
    stop(): void {
      stopped = true;
      timers.clearTimer(handle);
    },
  };
}
