// Time at the desk, from the day's desk and ticket events: open, paused, and busy with a visitor. Idle is
// what is left. Fed by the office with every event (replay included), so it survives a restart.
import type { DomainEvent } from '@kezek/shared';

export interface WorkTime {
  openSec: number;
  pausedSec: number;
  busySec: number;
}

export interface WorkRecord {
  desks: Record<string, WorkTime>;
  operators: Record<string, WorkTime>;
}

interface DeskNow {
  operatorId: string | null;
  open: boolean;
  paused: boolean;
  busy: boolean;
  since: number;
}

export class WorkTracker {
  private desks = new Map<string, DeskNow>();
  private done: WorkRecord = { desks: {}, operators: {} };

  apply(events: readonly DomainEvent[]): void {
    for (const e of events) this.applyOne(e);
  }

  /** Totals so far, counting segments still running up to `now`; rounded to whole seconds. */
  record(now: number): WorkRecord {
    const out: WorkRecord = structuredClone(this.done);
    for (const [deskId, d] of this.desks) addSegment(out, deskId, d, now);
    return roundAll(out);
  }

  private applyOne(e: DomainEvent): void {
    switch (e.type) {
      case 'day:opened':
        this.desks.clear();
        this.done = { desks: {}, operators: {} };
        return;
      case 'desk:opened':
        return this.change(e.deskId, e.at, (d) => {
          d.open = true;
          d.paused = false;
          d.operatorId = e.operatorId;
        });
      case 'desk:closed':
        return this.change(e.deskId, e.at, (d) => {
          d.open = d.paused = d.busy = false;
        });
      case 'desk:paused':
        return this.change(e.deskId, e.at, (d) => void (d.paused = true));
      case 'desk:resumed':
        return this.change(e.deskId, e.at, (d) => void (d.paused = false));
      case 'ticket:called':
        return this.change(e.deskId, e.at, (d) => void (d.busy = true));
      case 'ticket:finished':
      case 'ticket:no-show':
      case 'ticket:returned':
      case 'ticket:transferred':
        return this.change(e.deskId, e.at, (d) => void (d.busy = false));
      case 'day:closed':
        for (const id of [...this.desks.keys()]) {
          this.change(id, e.at, (d) => void (d.open = d.paused = d.busy = false));
        }
        return;
      default:
        return;
    }
  }

  private change(deskId: string, at: number, fn: (d: DeskNow) => void): void {
    let d = this.desks.get(deskId);
    if (!d)
      this.desks.set(deskId, (d = { operatorId: null, open: false, paused: false, busy: false, since: at }));
    addSegment(this.done, deskId, d, at);
    fn(d);
    d.since = at;
  }
}

function addSegment(into: WorkRecord, deskId: string, d: DeskNow, until: number): void {
  if (!d.open) return;
  const sec = Math.max(0, (until - d.since) / 1000);
  const targets = [(into.desks[deskId] ??= zero())];
  if (d.operatorId !== null) targets.push((into.operators[d.operatorId] ??= zero()));
  for (const w of targets) {
    w.openSec += sec;
    if (d.paused) w.pausedSec += sec;
    else if (d.busy) w.busySec += sec;
  }
}

const zero = (): WorkTime => ({ openSec: 0, pausedSec: 0, busySec: 0 });

function roundAll(r: WorkRecord): WorkRecord {
  for (const group of [r.desks, r.operators]) {
    for (const w of Object.values(group)) {
      w.openSec = Math.round(w.openSec);
      w.pausedSec = Math.round(w.pausedSec);
      w.busySec = Math.round(w.busySec);
    }
  }
  return r;
}
