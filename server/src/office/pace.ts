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

/** 100 a second is four frames of a 25 fps display; a burst of 10 covers a crowd pressing at once. */
export const HALL_PACE: PaceOptions = { perSecond: 100, burst: 10 };

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
