// A token bucket for broadcasts. A hall at a normal pace (a few dozen changes a second, in bursts) never
// waits: every change goes out on the next turn of the event loop. Only a sustained flood, faster than
// any screen can show, is paced; what waits is merged into the next broadcast, so nothing is dropped.
// Each broadcast costs one socket write per connected screen, which is what limits a saturated server.

export interface PaceOptions {
  /** Broadcasts a second sustained. */
  perSecond: number;
  /** Broadcasts allowed back to back before pacing starts. */
  burst: number;
}

/**
 * 50 a second is more than any hall screen can show (a person reads a change in a quarter of a second);
 * a burst of 20 covers a second of a big centre's busiest minute (the bench's day peaks at ~68 commands
 * a second) without pacing any of it. Measured (decisions §15): 100 a second left half the server's time
 * at saturation in socket writes.
 */
export const HALL_PACE: PaceOptions = { perSecond: 50, burst: 20 };

export class Pace {
  private tokens: number;
  private at: number;

  constructor(
    private readonly options: PaceOptions,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = options.burst;
    this.at = clock();
  }

  /** How long the next broadcast must wait, in ms (0: now). */
  delay(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.options.perSecond);
  }

  /** A broadcast went out. */
  take(): void {
    this.refill();
    this.tokens -= 1;
  }

  private refill(): void {
    const now = this.clock();
    const { perSecond, burst } = this.options;
    this.tokens = Math.min(burst, this.tokens + ((now - this.at) * perSecond) / 1000);
    this.at = now;
  }
}
