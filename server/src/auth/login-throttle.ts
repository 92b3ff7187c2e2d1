// Growing delays after failed logins, per username and per source address. A few mistakes are free;
// after that each failure doubles the wait before that name or address may try again, up to a cap.
// Attempts inside the wait are refused before any hashing, so a guesser costs the server almost nothing.

export interface ThrottlePolicy {
  /** Failures allowed before the first delay. */
  free: number;
  /** The first delay; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
}

interface Failures {
  failures: number;
  blockedUntil: number;
  lastAt: number;
}

/** A person mistyping twice waits nothing; a script is down to one guess per five minutes per name. */
export const USER_POLICY: ThrottlePolicy = { free: 5, firstDelayMs: 1000, maxDelayMs: 5 * 60_000 };
/** One PC may be shared by a few specialists at a shift change, so an address gets more free tries. */
export const ADDRESS_POLICY: ThrottlePolicy = { free: 20, firstDelayMs: 1000, maxDelayMs: 5 * 60_000 };

/** Failures are forgotten after a quiet hour. */
const FORGET_MS = 60 * 60_000;
/** Names are attacker-chosen strings: keep the table bounded, oldest first out. */
const MAX_KEYS = 10_000;

export class LoginThrottle {
  private readonly records = new Map<string, Failures>();

  constructor(private readonly policies: Readonly<Record<'user' | 'address', ThrottlePolicy>>) {}

  /** How long `username` from `address` must still wait; 0 when it may try now. */
  waitMs(username: string, address: string, now: number): number {
    const until = Math.max(
      this.get(`user:${username}`, now)?.blockedUntil ?? 0,
      this.get(`addr:${address}`, now)?.blockedUntil ?? 0,
    );
    return Math.max(0, until - now);
  }

  failed(username: string, address: string, now: number): void {
    this.bump(`user:${username}`, this.policies.user, now);
    this.bump(`addr:${address}`, this.policies.address, now);
  }

  /** The right password clears the name; the address keeps its count, so one good login does not reset a guesser. */
  succeeded(username: string): void {
    this.records.delete(`user:${username}`);
  }

  private get(key: string, now: number): Failures | undefined {
    const r = this.records.get(key);
    if (r && now - r.lastAt > FORGET_MS && r.blockedUntil <= now) {
      this.records.delete(key);
      return undefined;
    }
    return r;
  }

  private bump(key: string, policy: ThrottlePolicy, now: number): void {
    const r = this.get(key, now) ?? { failures: 0, blockedUntil: 0, lastAt: now };
    r.failures++;
    r.lastAt = now;
    const over = r.failures - policy.free;
    if (over > 0)
      r.blockedUntil = now + Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(over - 1, 30));
    this.records.delete(key); // re-inserted last, so the oldest record is the first out
    this.records.set(key, r);
    while (this.records.size > MAX_KEYS) {
      const oldest = this.records.keys().next().value;
      if (oldest === undefined) break;
      this.records.delete(oldest);
    }
  }
}
