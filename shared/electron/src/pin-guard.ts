// Wrong PINs cost time. The count lives in the main process for as long as the shell runs, so closing
// and reopening the prompt, or a page that calls the bridge in a loop, starts nothing over: after a few
// free tries every wrong PIN doubles the wait, up to a quarter of an hour.
import { verifyPin, type PinHash } from './pin.js';

export interface PinGuardRule {
  /** Wrong PINs allowed without a wait (typos). */
  freeTries: number;
  /** The wait after the first wrong PIN beyond the free ones; each further one doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const PIN_GUARD: PinGuardRule = { freeTries: 3, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000 };

export type PinCheck = { ok: true } | { ok: false; retryInSeconds: number };

export interface PinGuard {
  /** Checks `pin` unless a wait is running (then the PIN is not even looked at). */
  check(pin: string, stored: PinHash | undefined, nowMs: number): PinCheck;
  /** Seconds until the next try is looked at (0 = now). */
  waitSeconds(nowMs: number): number;
}

export function delayAfter(failures: number, rule: PinGuardRule = PIN_GUARD): number {
  if (failures <= rule.freeTries) return 0;
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** (failures - rule.freeTries - 1));
}

export function pinGuard(rule: PinGuardRule = PIN_GUARD, verify = verifyPin): PinGuard {
  let failures = 0;
  let blockedUntil = 0;
  const waitSeconds = (nowMs: number) => Math.max(0, Math.ceil((blockedUntil - nowMs) / 1000));
  return {
    waitSeconds,
    check(pin, stored, nowMs) {
      if (nowMs < blockedUntil) return { ok: false, retryInSeconds: waitSeconds(nowMs) };
      // No PIN saved means nothing can unlock: the caller decides when no PIN is needed at all.
      if (stored && verify(pin, stored)) {
        failures = 0;
        return { ok: true };
      }
      failures += 1;
      blockedUntil = nowMs + delayAfter(failures, rule);
      return { ok: false, retryInSeconds: waitSeconds(nowMs) };
    },
  };
}
