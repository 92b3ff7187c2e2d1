import type { CallView, HallChanged, HallView } from '@kezek/shared';
import { HallDiff } from './hall-diff.js';
import { Pace, type PaceOptions } from './pace.js';

/**
 * Gathers the changes committed by one disk sync into one `hall:changed`: at a big centre's peak many
 * commands share a sync, and one broadcast to 200 screens costs the same whether it carries one change or
 * forty. A lone command still goes out at once (the next turn of the event loop); under a sustained flood
 * the pace (see pace.ts) merges several syncs into one broadcast.
 */
export class BroadcastBatch {
  private readonly diff = new HallDiff();
  private since: number;
  private hall: HallView | null = null;
  private calls: CallView[] = [];
  private scheduled = false;
  private readonly pace: Pace | null;

  constructor(
    start: HallView,
    private readonly send: (change: HallChanged) => void,
    pace?: PaceOptions,
  ) {
    this.since = start.rev;
    this.diff.reset(start);
    this.pace = pace ? new Pace(pace) : null;
  }

  add(hall: HallView, calls: readonly CallView[]): void {
    if (this.hall && hall.rev < this.hall.rev) return;
    this.hall = hall;
    this.calls.push(...calls);
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = this.pace?.delay() ?? 0;
    if (wait === 0) setImmediate(() => this.flush());
    else setTimeout(() => this.flush(), wait);
  }

  /** Every client just got this hall in a snapshot: later changes are relative to it. */
  reset(hall: HallView): void {
    this.flush();
    this.since = hall.rev;
    this.diff.reset(hall);
  }

  private flush(): void {
    this.scheduled = false;
    const { hall, calls } = this;
    if (!hall) return;
    this.hall = null;
    this.calls = [];
    if (hall.rev <= this.since) return;
    this.send({ hall: this.diff.patch(hall), since: this.since, calls });
    this.pace?.take();
    this.since = hall.rev;
  }
}
