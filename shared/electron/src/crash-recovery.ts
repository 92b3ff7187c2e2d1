// When the page's renderer crashes or hangs the shell reloads it, but a page that dies at once on every
// load would then spin the CPU: after a few reloads in a short time it waits before the next one.
import type { BrowserWindow, WebContents } from 'electron';

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

export interface RecoveryOptions {
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  rule?: RecoveryRule;
}

/** Aborted loads (-3) are the shell's own doing, e.g. the next loadURL replacing a slow one. */
const ERR_ABORTED = -3;

/**
 * Brings a role's page back by itself: after a renderer crash, after a hang (the hung renderer is
 * crashed on purpose, which then counts as a crash), and when the server vanished mid-load, by calling
 * `reconnect` (which shows "connecting…" until the server answers) after the scheduler's delay.
 * Returns that same recovery, for crashes seen elsewhere (the GPU process, child-gone.ts).
 */
export function wireRecovery(
  win: Pick<BrowserWindow, 'on'>,
  contents: Pick<WebContents, 'on' | 'forcefullyCrashRenderer'>,
  reconnect: () => void,
  options: RecoveryOptions = {},
): () => void {
  const next = reloadScheduler(options.rule);
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? setTimeout;
  const recover = () => void setTimer(reconnect, next(now()));
  contents.on('render-process-gone', recover);
  win.on('unresponsive', () => contents.forcefullyCrashRenderer());
  contents.on('did-fail-load', (_e, code, _desc, _url, isMainFrame) => {
    if (isMainFrame && code !== ERR_ABORTED) recover();
  });
  return recover;
}
