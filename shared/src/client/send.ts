// One user action = one requestId, reused on every retry, so the server can answer a retry with the
// result of the first attempt instead of issuing a second ticket or calling a second visitor.
import type { ErrorCode, Result } from '../errors.js';

/** A fresh id for one user action. crypto.randomUUID needs a secure context; a kiosk on plain http has not. */
export function newRequestId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function' && globalThis.isSecureContext !== false) return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Resolves when the link is up again (or at once); a retry while offline would only time out again. */
  waitOnline: () => Promise<void>;
  /** Told before each retry, e.g. to show "no answer, retrying". */
  onRetry?: (attempt: number) => void;
}

/**
 * Runs `attempt` until it answers. A rejection (an ack timeout) is retried with the same payload; an
 * answer, even a refusal, is final. After the last attempt the result is `timeout`.
 */
export async function sendWithRetry<T>(
  attempt: () => Promise<Result<T>>,
  { attempts, waitOnline, onRetry }: RetryOptions,
): Promise<Result<T>> {
  for (let i = 1; i <= attempts; i++) {
    try {
      return await attempt();
    } catch {
      if (i === attempts) break;
      onRetry?.(i + 1);
      await waitOnline();
    }
  }
  return { ok: false, error: 'timeout' satisfies ErrorCode };
}
