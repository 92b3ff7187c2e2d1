// Where a waiting ticket stands in its sector's order, counted without building the order: the kiosk
// answers "people ahead" on every ticket it issues, with thousands waiting at a big centre. Must agree
// with sectorOrder exactly (a property test holds the two together).
import { ratioAfterCall, untargetedWaiting } from './policy.js';
import type { QueueState, Ticket } from './types.js';

const MINUTE = 60_000;

const before = (a: Ticket, b: Ticket): boolean =>
  a.queuedAt < b.queuedAt || (a.queuedAt === b.queuedAt && a.seq < b.seq);

/** 0 = next; for an untargeted waiting ticket of `ticket.sectorId`. */
export function positionInSector(state: Readonly<QueueState>, ticket: Ticket, now: number): number {
  const { policy } = state.config;
  const waiting = untargetedWaiting(state, ticket.sectorId);
  if (policy.kind === 'weighted') {
    const wait = (t: Ticket) =>
      now - t.queuedAt + (t.priority !== null ? policy.priorityBonusMin * MINUTE : 0);
    const own = wait(ticket);
    return waiting.filter((t) => t !== ticket && (wait(t) > own || (wait(t) === own && before(t, ticket))))
      .length;
  }
  let priorities = 0;
  let regulars = 0;
  let sameClassAhead = 0;
  for (const t of waiting) {
    if (t.priority !== null) priorities++;
    else regulars++;
    if (t !== ticket && (t.priority !== null) === (ticket.priority !== null) && before(t, ticket))
      sameClassAhead++;
  }
  const isPriority = ticket.priority !== null;
  if (policy.kind === 'strict') return isPriority ? sameClassAhead : priorities + sameClassAhead;
  // Ratio: replay the allowance with counts alone until this ticket's turn comes.
  const counters = state.sectors[ticket.sectorId];
  let c = {
    priorityCredit: counters?.priorityCredit ?? 0,
    regularSincePriority: counters?.regularSincePriority ?? 0,
  };
  let i = 0;
  let j = 0;
  for (;;) {
    const takePriority = j >= regulars || (i < priorities && c.priorityCredit > 0);
    if (takePriority === isPriority && (isPriority ? i : j) === sameClassAhead) return i + j;
    if (takePriority) i++;
    else j++;
    if (i > priorities || j > regulars) return i + j; // not reachable for a ticket in the sector
    c = ratioAfterCall(c, takePriority, policy.priority, policy.regular);
  }
}
