// When the page's renderer crashes or hangs the shell reloads it, but a page that dies at once on every
// load would then spin the CPU: after a few reloads in a short time it waits before the next one.

export interface RecoveryRule {
  /** Reloads allowed within `windowMs` before backing off. */
  burst: number;
  windowMs: number;
  backoffMs: number;
}

export const RECOVERY: RecoveryRule = { burst: 3, windowMs: 60_000, backoffMs: 15_000 };

/** Returns `next(nowMs)`: how long to wait before reloading after this crash (0 = at once). */
export function reloadScheduler(rule: RecoveryRule = RECOVERY): (nowMs: number) => number {
  let recent: number[] = [];
  return (nowMs) => {
    recent = [...recent.filter((t) => nowMs - t < rule.windowMs), nowMs];
    return recent.length > rule.burst ? rule.backoffMs : 0;
  };
}
