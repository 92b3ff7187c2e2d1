// Command limits per identity and per source address, not per connection: fifty sockets opened with
// one kiosk's token share that kiosk's allowance, and fifty guest sockets from one machine share that
// machine's. A command needs a token from both buckets.
import { isLoopback } from '../auth/address.js';
import { TokenBucket } from './token-bucket.js';

export interface RateLimit {
  burst: number;
  perSecond: number;
}

/** A burst of 40 commands, then 20 a second: far above any person or device, far below a flood. */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 40, perSecond: 20 };
/** One machine usually runs one screen, sometimes a kiosk and a desk or two: ten people's worth. */
export const DEFAULT_ADDRESS_RATE_LIMIT: RateLimit = { burst: 400, perSecond: 200 };

/** Buckets idle this long are full again and can go; checked only once the table has grown. */
const IDLE_MS = 60_000;
const SWEEP_ABOVE = 2_000;

class Buckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly limit: RateLimit) {}

  take(key: string, now: number): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= SWEEP_ABOVE) this.sweep(now);
      bucket = new TokenBucket(this.limit.burst, this.limit.perSecond);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (now - bucket.lastTakeAt > IDLE_MS) this.buckets.delete(key);
  }
}

export class RateLimits {
  private readonly identities: Buckets;
  private readonly addresses: Buckets;

  constructor(identity: RateLimit = DEFAULT_RATE_LIMIT, address: RateLimit = DEFAULT_ADDRESS_RATE_LIMIT) {
    this.identities = new Buckets(identity);
    this.addresses = new Buckets(address);
  }

  /**
   * `identity` is the device or user a socket acts for, or the socket itself before sign-in. The
   * server's own machine has no address bucket: there the demo office's screens, the bench and a
   * same-host reverse proxy share one address, and a flood from one of them must not silence a kiosk.
   */
  take(identity: string, address: string, now: number): boolean {
    // The address is charged first: a refused identity still costs its machine, so a flood of
    // identities from one address is held by the address bucket.
    const byAddress = isLoopback(address) || this.addresses.take(address, now);
    return this.identities.take(identity, now) && byAddress;
  }
}
