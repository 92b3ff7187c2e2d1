// Password hashing one at a time. scrypt runs on libuv's thread pool (4 threads), the same pool the
// journal's fdatasync needs before any command is answered: 50 sockets guessing passwords kept all four
// threads hashing and a kiosk's ticket waited seconds for its sync (docs/decisions.md). One hash at a
// time leaves three threads to the disk; a short queue bounds the wait, and past it a login is refused.
export class HashQueueFull extends Error {}

export class HashQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency = 1,
    private readonly maxWaiting = 32,
  ) {}

  /** Runs `hash` when a slot is free; rejects with HashQueueFull at once when too many already wait. */
  async run<T>(hash: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) throw new HashQueueFull();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await hash();
    } finally {
      // The slot passes straight to the next in line, so `running` only drops when nobody waits.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  get depth(): number {
    return this.running + this.waiting.length;
  }
}
