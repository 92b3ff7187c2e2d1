// Limits on the public booking routes, per source address and for the whole office. Looking a code up
// costs a token whether it exists or not, so guessing codes (40 bits) from one address takes ages, and
// the office-wide bucket bounds what many addresses together can try.
import { TokenBucket } from '../handlers/token-bucket.js';

export interface Allowance {
  burst: number;
  perSecond: number;
}

export interface BookingLimits {
  /** Reading options and slots: a page load or a day picked. */
  read: Allowance;
  /** Booking, cancelling and looking up a code, per address. */
  code: Allowance;
  /** Code lookups of all addresses together. */
  office: Allowance;
}

export const DEFAULT_BOOKING_LIMITS: BookingLimits = {
  read: { burst: 60, perSecond: 2 },
  code: { burst: 10, perSecond: 1 / 6 },
  office: { burst: 300, perSecond: 20 },
};

const SWEEP_ABOVE = 5_000;
const IDLE_MS = 10 * 60_000;

class PerAddress {
  private readonly buckets = new Map<string, TokenBucket>();
  constructor(private readonly a: Allowance) {}

  take(address: string, now: number): boolean {
    let b = this.buckets.get(address);
    if (!b) {
      if (this.buckets.size >= SWEEP_ABOVE)
        for (const [k, v] of this.buckets) if (now - v.lastTakeAt > IDLE_MS) this.buckets.delete(k);
      b = new TokenBucket(this.a.burst, this.a.perSecond);
      this.buckets.set(address, b);
    }
    return b.take(now);
  }
}

export class BookingThrottle {
  private readonly reads: PerAddress;
  private readonly codes: PerAddress;
  private readonly office: TokenBucket;

  constructor(limits: BookingLimits = DEFAULT_BOOKING_LIMITS) {
    this.reads = new PerAddress(limits.read);
    this.codes = new PerAddress(limits.code);
    this.office = new TokenBucket(limits.office.burst, limits.office.perSecond);
  }

  read(address: string, now: number): boolean {
    return this.reads.take(address, now);
  }

  /** The address is charged first, so one address's flood does not spend the office's allowance. */
  code(address: string, now: number): boolean {
    return this.codes.take(address, now) && this.office.take(now);
  }
}
