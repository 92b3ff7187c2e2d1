// The public figures are asked for by every phone in the hall and every display: they are computed at
// most once per `ttlMs`, and callers that arrive while a computation runs share it.
export class Cached<T> {
  private value: { at: number; data: T } | null = null;
  private running: Promise<T> | null = null;

  constructor(
    private readonly compute: () => Promise<T>,
    private readonly clock: () => number,
    private readonly ttlMs: number,
  ) {}

  get(): Promise<T> {
    const now = this.clock();
    if (this.value && now - this.value.at < this.ttlMs) return Promise.resolve(this.value.data);
    this.running ??= this.compute()
      .then((data) => {
        this.value = { at: now, data };
        return data;
      })
      .finally(() => (this.running = null));
    return this.running;
  }
}
