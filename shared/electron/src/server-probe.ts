// Is the office server up? The shell asks the health endpoint before loading a role's page, so a screen
// that boots before the server shows "connecting…" instead of Chromium's error page.
import { healthUrl } from './roles.js';

export type Fetch = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean }>;

export async function serverIsUp(serverOrigin: string, fetchFn: Fetch, timeoutMs = 3000): Promise<boolean> {
  try {
    const res = await fetchFn(healthUrl(serverOrigin), { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Seconds before try number `attempt` (1-based): quick at first, then every 10 s. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(10, 2 ** Math.max(0, attempt - 1));
}

export interface WaitOptions {
  fetch: Fetch;
  /** Called before each wait, e.g. to redraw the connecting page. */
  onRetry?: (attempt: number, delaySeconds: number) => void;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

/** Resolves true once the server answers, false if `signal` aborts first. */
export async function waitForServer(serverOrigin: string, options: WaitOptions): Promise<boolean> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; !options.signal?.aborted; attempt++) {
    if (await serverIsUp(serverOrigin, options.fetch)) return true;
    const delay = retryDelaySeconds(attempt);
    options.onRetry?.(attempt, delay);
    await sleep(delay * 1000);
  }
  return false;
}
