// A specialist's own figures for today, folded from the office's events as they become durable. Fed by
// Office's `observers`, which also see the replay at start, so the figures survive a restart without a
// store of their own.
import { OUTCOMES, type DomainEvent, type OperatorDay, type Outcome, type QueueState } from '@kezek/shared';
import type { Observer } from './office.js';

/** What a staffed desk is doing; a closed desk has no segment. Only idle and paused time is counted. */
type Mode = 'idle' | 'busy' | 'paused';

interface Segment {
  operatorId: string;
  mode: Mode;
  since: number;
}

interface Tally {
  served: number;
  noShows: number;
  transferred: number;
  outcomes: Record<Outcome, number>;
  serviceMs: number;
  timedServices: number;
  pausedMs: number;
  idleMs: number;
}

const emptyTally = (): Tally => ({
  served: 0,
  noShows: 0,
  transferred: 0,
  outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
  serviceMs: 0,
  timedServices: 0,
  pausedMs: 0,
  idleMs: 0,
});

/** Events that change every desk at once, so every desk's segment is looked at again. */
const ALL_DESKS: ReadonlySet<DomainEvent['type']> = new Set(['day:opened', 'day:closed', 'config:changed']);

export class OperatorStats {
  /** The business day the figures belong to; null before the first day:opened. */
  private day: string | null = null;
  private tallies = new Map<string, Tally>();
  /** The open segment of each staffed desk, by desk id. */
  private segments = new Map<string, Segment>();

  constructor(private readonly clock: () => number) {}

  /** Hand this to Office.start's `observers`. */
  readonly observe: Observer = (events, state) => {
    let at = 0;
    let everyDesk = false;
    const desks = new Set<string>();
    for (const e of events) {
      at = Math.max(at, e.at);
      if (e.type === 'day:opened') this.reset(e.day);
      this.count(e, state);
      if (ALL_DESKS.has(e.type)) everyDesk = true;
      if ('deskId' in e) desks.add(e.deskId);
    }
    for (const deskId of everyDesk
      ? new Set([...desks, ...this.segments.keys(), ...Object.keys(state.desks)])
      : desks)
      this.follow(deskId, state, at);
  };

  /** The figures of `operatorId` on business day `day`, an idle or pause still going counted up to now. */
  forOperator(operatorId: string, day: string | null): OperatorDay {
    const now = this.clock();
    const t =
      day !== null && day === this.day ? (this.tallies.get(operatorId) ?? emptyTally()) : emptyTally();
    let { pausedMs, idleMs } = t;
    for (const s of this.segments.values()) {
      if (s.operatorId !== operatorId || day !== this.day) continue;
      const open = Math.max(0, now - s.since);
      if (s.mode === 'paused') pausedMs += open;
      if (s.mode === 'idle') idleMs += open;
    }
    return {
      served: t.served,
      noShows: t.noShows,
      transferred: t.transferred,
      outcomes: { ...t.outcomes },
      avgServiceSec: t.timedServices === 0 ? null : Math.round(t.serviceMs / t.timedServices / 1000),
      pausedSec: Math.round(pausedMs / 1000),
      idleSec: Math.round(idleMs / 1000),
    };
  }

  private reset(day: string): void {
    this.day = day;
    this.tallies.clear();
    this.segments.clear();
  }

  private tally(operatorId: string): Tally {
    let t = this.tallies.get(operatorId);
    if (!t) this.tallies.set(operatorId, (t = emptyTally()));
    return t;
  }

  /** Visits end at the specialist who called them (the ticket keeps its caller after it ends). */
  private count(e: DomainEvent, state: Readonly<QueueState>): void {
    if (e.type !== 'ticket:finished' && e.type !== 'ticket:no-show' && e.type !== 'ticket:transferred')
      return;
    const ticket = state.tickets[e.ticketId];
    const operatorId = ticket?.operatorId ?? state.desks[e.deskId]?.operatorId;
    if (!ticket || !operatorId) return;
    const t = this.tally(operatorId);
    if (e.type === 'ticket:no-show') t.noShows += 1;
    else if (e.type === 'ticket:transferred') t.transferred += 1;
    else {
      t.served += 1;
      t.outcomes[e.outcome] += 1;
      if (ticket.startedAt !== null) {
        t.serviceMs += Math.max(0, e.at - ticket.startedAt);
        t.timedServices += 1;
      }
    }
  }

  /** Ends the desk's segment and starts the next when what the desk does, or who staffs it, changed. */
  private follow(deskId: string, state: Readonly<QueueState>, at: number): void {
    const live = state.desks[deskId];
    const operatorId = live?.status === 'closed' ? null : (live?.operatorId ?? null);
    const mode: Mode | null =
      !live || operatorId === null
        ? null
        : live.status === 'paused'
          ? 'paused'
          : live.ticketId === null
            ? 'idle'
            : 'busy';
    const current = this.segments.get(deskId);
    if (current && current.operatorId === operatorId && current.mode === mode) return;
    if (current) {
      const t = this.tally(current.operatorId);
      const ms = Math.max(0, at - current.since);
      if (current.mode === 'paused') t.pausedMs += ms;
      if (current.mode === 'idle') t.idleMs += ms;
      this.segments.delete(deskId);
    }
    if (operatorId !== null && mode !== null) this.segments.set(deskId, { operatorId, mode, since: at });
  }
}
