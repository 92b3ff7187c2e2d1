// The worked examples under the priority policy choice. They follow docs/queue-policy.md and the
// queue's own arithmetic (ratioAfterCall from shared/src/queue/policy.ts), so what the head reads here is
// what the desks will do.
import { ratioAfterCall, type BookingPolicy, type PriorityPolicy } from '@kezek/shared';

export type Kind = 'P' | 'R';

type Allowance = Parameters<typeof ratioAfterCall>[0];

/** A day (or a changed ratio) starts with the full allowance, as in the queue. */
const fresh = (p: number): Allowance => ({ priorityCredit: p, regularSincePriority: 0 });

/** Who is called, one after another, while both kinds keep waiting under ratio p : r. */
export function ratioPattern(p: number, r: number, calls: number): Kind[] {
  let a = fresh(p);
  const out: Kind[] = [];
  while (out.length < calls) {
    const priority = a.priorityCredit > 0;
    out.push(priority ? 'P' : 'R');
    a = ratioAfterCall(a, priority, p, r);
  }
  return out;
}

export interface ExampleTicket {
  number: string;
  kind: Kind;
  waitedMin: number;
}

/** The five tickets of the docs' example, in the order they were taken. */
export const EXAMPLE: readonly ExampleTicket[] = [
  { number: 'A001', kind: 'R', waitedMin: 20 },
  { number: 'A002', kind: 'R', waitedMin: 14 },
  { number: 'A003', kind: 'P', waitedMin: 12 },
  { number: 'A004', kind: 'R', waitedMin: 8 },
  { number: 'A005', kind: 'P', waitedMin: 3 },
];

/** The order a one-desk sector calls EXAMPLE in, with the counted wait the weighted policy compares. */
export function exampleOrder(policy: PriorityPolicy): { ticket: ExampleTicket; counted: number }[] {
  const counted = (t: ExampleTicket) =>
    t.waitedMin + (policy.kind === 'weighted' && t.kind === 'P' ? policy.priorityBonusMin : 0);
  const priority = EXAMPLE.filter((t) => t.kind === 'P');
  const regular = EXAMPLE.filter((t) => t.kind === 'R');
  let order: ExampleTicket[];
  if (policy.kind === 'strict') order = [...priority, ...regular];
  else if (policy.kind === 'weighted') order = [...EXAMPLE].sort((a, b) => counted(b) - counted(a));
  else {
    // As the queue does: when one kind runs out, the other is simply called in order.
    order = [];
    let a = fresh(policy.priority);
    let i = 0;
    let j = 0;
    while (i < priority.length || j < regular.length) {
      const takePriority = j >= regular.length || (i < priority.length && a.priorityCredit > 0);
      const t = takePriority ? priority[i++] : regular[j++];
      if (t) order.push(t);
      a = ratioAfterCall(a, takePriority, policy.priority, policy.regular);
    }
  }
  return order.map((ticket) => ({ ticket, counted: counted(ticket) }));
}

/** The booked visitor beside EXAMPLE: checked in on time, the slot has come. */
export const BOOKED_EXAMPLE = { number: 'A006', time: '10:30', waitedMin: 2 } as const;

/**
 * Where the booked visitor goes in the example's order: first, since no booked call came before it and
 * the allowance is at least one (policy-booked.ts bookedAllowance); the walk-ins then follow in the
 * order the priority policy gives them. `norm` is the walk-in norm the one-at-a-time rule compares.
 */
export function bookedOrder(policy: PriorityPolicy, booking: BookingPolicy, targetWaitMin: number) {
  const walkIns = exampleOrder(policy).map(({ ticket }) => ticket.number);
  return { order: [BOOKED_EXAMPLE.number, ...walkIns], norm: booking.walkInNormMin ?? targetWaitMin };
}
