/** Allows `burst` at once, refilled at `perSecond`. Time is passed in, so tests need no clock. */
export class TokenBucket {
  private tokens: number;
  private last = 0;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }

  /** When a command last asked, for dropping buckets nobody uses any more. */
  get lastTakeAt(): number {
    return this.last;
  }

  take(now: number): boolean {
    if (this.last !== 0) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    }
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
