// A token bucket: `burst` at once, then one more every `refillMs`. The kiosk's local printing goes through
// one, so a page that calls print in a loop cannot empty the paper roll.

export interface BucketRule {
  burst: number;
  refillMs: number;
}

/** A visitor takes one ticket; a queue at the kiosk takes a few a minute. Twelve a minute is plenty. */
export const PRINT_RATE: BucketRule = { burst: 4, refillMs: 5_000 };

/** Returns `take(nowMs)`: true when a token was left. */
export function tokenBucket(rule: BucketRule): (nowMs: number) => boolean {
  let tokens = rule.burst;
  let last: number | undefined;
  return (nowMs) => {
    if (last !== undefined) tokens = Math.min(rule.burst, tokens + (nowMs - last) / rule.refillMs);
    last = nowMs;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
