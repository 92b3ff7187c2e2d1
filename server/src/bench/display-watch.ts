// The hall displays' side of a call: when did each display hear of each called ticket.
import type { HallChanged } from '@kezek/shared';
import type { BenchSocket } from './clients.js';

export class DisplayWatch {
  private seen = new Map<string, { n: number; last: number }>();
  captured: HallChanged | null = null;
  private biggest = -1;

  constructor(private readonly displays: readonly BenchSocket[]) {
    for (const d of displays) d.on('hall:changed', (c: HallChanged) => this.heard(c));
  }

  private heard(change: HallChanged): void {
    const now = performance.now();
    for (const call of change.calls) {
      if (call.recall) continue;
      // The bare baseline broadcasts the biggest change any display heard: the fairest stand-in.
      if (change.hall.sectors.reduce((n, x) => n + x.next.length, 0) >= this.biggest) {
        this.biggest = change.hall.sectors.reduce((n, x) => n + x.next.length, 0);
        this.captured = change;
      }
      const rec = this.seen.get(call.ticketId) ?? { n: 0, last: 0 };
      rec.n++;
      rec.last = now;
      this.seen.set(call.ticketId, rec);
    }
  }

  /** Call -> last display, for calls every display heard; `missed` counts calls some display never got. */
  latencies(calls: readonly { ticketId: string; sentAt: number }[]): { ms: number[]; missed: number } {
    const ms: number[] = [];
    let missed = 0;
    for (const c of calls) {
      const rec = this.seen.get(c.ticketId);
      if (rec && rec.n >= this.displays.length) ms.push(rec.last - c.sentAt);
      else missed++;
    }
    return { ms, missed };
  }

  stop(): void {
    for (const d of this.displays) d.removeAllListeners('hall:changed');
  }
}
