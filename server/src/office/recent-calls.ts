import type { CallView } from '@kezek/shared';

/** The last calls of the day, so a display that (re)connects shows what the hall just heard. */
export class RecentCalls {
  private calls: CallView[] = [];
  constructor(private readonly limit: number) {}

  add(calls: readonly CallView[]): void {
    if (calls.length === 0) return;
    this.calls.push(...calls);
    if (this.calls.length > this.limit) this.calls.splice(0, this.calls.length - this.limit);
  }

  newestFirst(): CallView[] {
    return [...this.calls].reverse();
  }

  clear(): void {
    this.calls = [];
  }
}
