// Which waiting visitor a desk gets on "call next". Explained for staff in docs/queue-policy.md;
// keep the two in step. Ties always fall back to arrival order, so the choice is explainable.
import { findDesk } from './lookup.js';
import { bookedTurn, interleaveBooked, isDueBooked, isEarlyBooked, splitBooked } from './policy-booked.js';
import type { PriorityPolicy, QueueState, SectorCounters, Ticket } from './types.js';

const MINUTE = 60_000;

type RatioCounters = Pick<SectorCounters, 'priorityCredit' | 'regularSincePriority'>;

/**
 * The ratio allowance after one call. Used by evolve on every call and by sectorOrder to look
 * ahead, so the shown order and the real calls follow the same arithmetic.
 */
export function ratioAfterCall(c: RatioCounters, priority: boolean, p: number, r: number): RatioCounters {
  if (priority) return { priorityCredit: Math.max(0, c.priorityCredit - 1), regularSincePriority: 0 };
  const since = c.regularSincePriority + 1;
  return since >= r ? { priorityCredit: p, regularSincePriority: 0 } : { ...c, regularSincePriority: since };
}

const byArrival = (a: Ticket, b: Ticket): number => a.queuedAt - b.queuedAt || a.seq - b.seq;

function earliest(tickets: Ticket[]): Ticket | null {
  let best: Ticket | null = null;
  for (const t of tickets) if (!best || byArrival(t, best) < 0) best = t;
  return best;
}

/** Waited time plus the weighted policy's head start for priority visitors. */
function effectiveWait(t: Ticket, now: number, policy: PriorityPolicy): number {
  const bonus = policy.kind === 'weighted' && t.priority !== null ? policy.priorityBonusMin * MINUTE : 0;
  return now - t.queuedAt + bonus;
}

function byEffectiveWait(now: number, policy: PriorityPolicy) {
  return (a: Ticket, b: Ticket): number =>
    effectiveWait(b, now, policy) - effectiveWait(a, now, policy) || byArrival(a, b);
}

function split(tickets: Ticket[]): [priority: Ticket[], regular: Ticket[]] {
  const priority: Ticket[] = [];
  const regular: Ticket[] = [];
  for (const t of tickets) (t.priority !== null ? priority : regular).push(t);
  return [priority, regular];
}

/** The walk-in call-next would take from these tickets, by the office's priority policy. */
function walkInHead(
  state: Readonly<QueueState>,
  sectorId: string,
  waiting: Ticket[],
  now: number,
): Ticket | null {
  const { policy } = state.config;
  if (policy.kind === 'weighted') {
    let best: Ticket | null = null;
    for (const t of waiting) if (!best || byEffectiveWait(now, policy)(t, best) < 0) best = t;
    return best;
  }
  const [priority, regular] = split(waiting);
  const p = earliest(priority);
  const r = earliest(regular);
  if (policy.kind === 'strict' || !p || !r) return p ?? r;
  return (state.sectors[sectorId]?.priorityCredit ?? 0) > 0 ? p : r;
}

/** The ticket call-next would take from this sector's untargeted waiting tickets. */
function sectorHead(
  state: Readonly<QueueState>,
  sectorId: string,
  waiting: Ticket[],
  now: number,
): Ticket | null {
  if (!waiting.some((t) => t.booking)) return walkInHead(state, sectorId, waiting, now);
  const split = splitBooked(waiting, now);
  if (bookedTurn(state, sectorId, split, now)) return split.due[0] ?? null;
  return walkInHead(state, sectorId, split.walkIns, now) ?? split.due[0] ?? split.early[0] ?? null;
}

/**
 * The order, for the hall view and "people ahead"; sectorHead is its first element. `limit` stops
 * early: the hall shows ten per sector, and is rebuilt on every change with thousands waiting.
 */
function orderWaiting(
  state: Readonly<QueueState>,
  sectorId: string,
  waiting: Ticket[],
  now: number,
  limit = Infinity,
): Ticket[] {
  if (!waiting.some((t) => t.booking)) return orderWalkIns(state, sectorId, waiting, now, limit);
  const split = splitBooked(waiting, now);
  return interleaveBooked(
    state,
    sectorId,
    split,
    orderWalkIns(state, sectorId, split.walkIns, now),
    now,
    limit,
  );
}

/** The walk-ins' order by the office's priority policy alone. */
function orderWalkIns(
  state: Readonly<QueueState>,
  sectorId: string,
  waiting: Ticket[],
  now: number,
  limit = Infinity,
): Ticket[] {
  const { policy } = state.config;
  if (policy.kind === 'weighted') return [...waiting].sort(byEffectiveWait(now, policy)).slice(0, limit);
  const [priority, regular] = split(waiting);
  // Tickets are kept in issue order, which is almost always arrival order: this sort is nearly linear.
  priority.sort(byArrival);
  regular.sort(byArrival);
  if (policy.kind === 'strict') return [...priority, ...regular].slice(0, limit);
  // Ratio: replay the allowance forward, as if this sector's calls were all that happened.
  const counters = state.sectors[sectorId];
  let c: RatioCounters = {
    priorityCredit: counters?.priorityCredit ?? 0,
    regularSincePriority: counters?.regularSincePriority ?? 0,
  };
  const out: Ticket[] = [];
  let i = 0;
  let j = 0;
  while ((i < priority.length || j < regular.length) && out.length < limit) {
    const takePriority = j >= regular.length || (i < priority.length && c.priorityCredit > 0);
    const t = takePriority ? priority[i++] : regular[j++];
    if (t) out.push(t);
    c = ratioAfterCall(c, takePriority, policy.priority, policy.regular);
  }
  return out;
}

/** Waiting tickets of each sector that any of its desks may take (desk-targeted ones excluded). */
export function openWaiting(state: Readonly<QueueState>): Map<string, Ticket[]> {
  const out = new Map<string, Ticket[]>();
  for (const id of state.activeIds) {
    const t = state.tickets[id];
    if (!t || t.status !== 'waiting' || t.targetDeskId !== null) continue;
    const list = out.get(t.sectorId);
    if (list) list.push(t);
    else out.set(t.sectorId, [t]);
  }
  return out;
}

/** The sector's waiting tickets any of its desks may take; one pass, this sector only. */
export function untargetedWaiting(state: Readonly<QueueState>, sectorId: string): Ticket[] {
  const out: Ticket[] = [];
  for (const id of state.activeIds) {
    const t = state.tickets[id];
    if (t && t.status === 'waiting' && t.targetDeskId === null && t.sectorId === sectorId) out.push(t);
  }
  return out;
}

export function sectorOrder(state: Readonly<QueueState>, sectorId: string, now: number): Ticket[] {
  return orderWaiting(state, sectorId, untargetedWaiting(state, sectorId), now);
}

/** The first `limit` of each sector's order and how many it holds, from one pass over the active tickets. */
export function allSectorOrders(
  state: Readonly<QueueState>,
  now: number,
  limit = Infinity,
): Map<string, { order: Ticket[]; count: number }> {
  const waiting = openWaiting(state);
  return new Map(
    state.config.sectors.map((s) => {
      const list = waiting.get(s.id) ?? [];
      return [s.id, { order: orderWaiting(state, s.id, list, now, limit), count: list.length }];
    }),
  );
}

/** Waiting tickets transferred to this desk, oldest first: they were promised to this desk. */
export function targetedAt(state: Readonly<QueueState>, deskId: string): Ticket[] {
  const out: Ticket[] = [];
  for (const id of state.activeIds) {
    const t = state.tickets[id];
    if (t && t.status === 'waiting' && t.targetDeskId === deskId) out.push(t);
  }
  return out.sort((a, b) => a.queuedAt - b.queuedAt);
}

/** Across a desk's sectors: a due booking first, an early one only if no sector has anyone else. */
function headRank(head: Ticket, policy: PriorityPolicy, now: number): number {
  if (isDueBooked(head, now)) return 2;
  if (isEarlyBooked(head, now)) return -1;
  return policy.kind === 'strict' && head.priority !== null ? 1 : 0;
}

export function pickNext(state: Readonly<QueueState>, deskId: string, now: number): Ticket | null {
  const desk = findDesk(state, deskId);
  if (!desk) return null;
  const targeted = targetedAt(state, deskId)[0];
  if (targeted) return targeted;

  const { policy } = state.config;
  const waiting = openWaiting(state);
  let best: { head: Ticket; rank: number; score: number } | null = null;
  // Config order, replacing only on a strictly better head, makes the sector order the last tie-break.
  for (const sector of state.config.sectors) {
    const list = waiting.get(sector.id);
    if (!list || !desk.sectorIds.includes(sector.id)) continue;
    const head = sectorHead(state, sector.id, list, now);
    if (!head) continue;
    const rank = headRank(head, policy, now);
    // A due booked visitor is scored by the time past the slot, so the longest-overdue booking wins.
    const waited = isDueBooked(head, now)
      ? now - (head.booking?.slotStart ?? now)
      : effectiveWait(head, now, policy);
    const score = waited * (desk.sectorWeights[sector.id] ?? 1);
    if (
      !best ||
      rank > best.rank ||
      (rank === best.rank &&
        (score > best.score || (score === best.score && head.queuedAt < best.head.queuedAt)))
    ) {
      best = { head, rank, score };
    }
  }
  return best?.head ?? null;
}
