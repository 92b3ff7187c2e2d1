// How checked-in bookings fit into call-next (docs/queue-policy.md, "Booked visitors"). A booked visitor
// whose slot has come goes before walk-ins, but at most `maxBookedInRow` booked calls follow each other
// while walk-ins wait, and only one at a time once the longest-waiting walk-in has passed the norm: so
// a walk-in gets at least every (K + 1)-th call, and a booked visitor waits behind at most one walk-in.
import {
  DEFAULT_BOOKING_POLICY,
  type OfficeConfig,
  type QueueState,
  type Sector,
  type Ticket,
} from './types.js';

const MINUTE = 60_000;

/** On time for its slot and the slot has come: the policy's "booked" visitor. */
export const isDueBooked = (t: Ticket, now: number): boolean =>
  t.booking !== undefined && !t.booking.late && t.booking.slotStart <= now;

/** Checked in on time but before the slot: called only when nobody else of the sector waits. */
export const isEarlyBooked = (t: Ticket, now: number): boolean =>
  t.booking !== undefined && !t.booking.late && t.booking.slotStart > now;

export const bookingPolicyOf = (config: OfficeConfig) => config.bookingPolicy ?? DEFAULT_BOOKING_POLICY;

export interface BookedSplit {
  /** Due booked visitors, earliest slot first (then arrival). */
  due: Ticket[];
  /** Everyone else, in the order the sector's priority policy gives them. */
  walkIns: Ticket[];
  /** Booked visitors who came before their slot, earliest slot first. */
  early: Ticket[];
}

const bySlot = (a: Ticket, b: Ticket): number =>
  (a.booking?.slotStart ?? 0) - (b.booking?.slotStart ?? 0) || a.queuedAt - b.queuedAt || a.seq - b.seq;

export function splitBooked(waiting: readonly Ticket[], now: number): BookedSplit {
  const due: Ticket[] = [];
  const walkIns: Ticket[] = [];
  const early: Ticket[] = [];
  for (const t of waiting) (isDueBooked(t, now) ? due : isEarlyBooked(t, now) ? early : walkIns).push(t);
  return { due: due.sort(bySlot), walkIns, early: early.sort(bySlot) };
}

/** Booked calls allowed in a row now: one once the longest-waiting walk-in has passed the norm. */
export function bookedAllowance(
  config: OfficeConfig,
  sector: Sector | undefined,
  oldestWalkInAt: number | null,
  now: number,
): number {
  const p = bookingPolicyOf(config);
  const norm = (p.walkInNormMin ?? sector?.targetWaitMin ?? 15) * MINUTE;
  return oldestWalkInAt !== null && now - oldestWalkInAt > norm ? 1 : p.maxBookedInRow;
}

export function oldestQueuedAt(tickets: readonly Ticket[]): number | null {
  let oldest: number | null = null;
  for (const t of tickets) if (oldest === null || t.queuedAt < oldest) oldest = t.queuedAt;
  return oldest;
}

/** Whether the sector's next call goes to a due booked visitor rather than a walk-in. */
export function bookedTurn(
  state: Readonly<QueueState>,
  sectorId: string,
  split: BookedSplit,
  now: number,
  inRow = state.sectors[sectorId]?.bookedInRow ?? 0,
): boolean {
  if (split.due.length === 0) return false;
  if (split.walkIns.length === 0) return true;
  const sector = state.config.sectors.find((s) => s.id === sectorId);
  return inRow < bookedAllowance(state.config, sector, oldestQueuedAt(split.walkIns), now);
}

/**
 * The booked-in-row count after a call: a due booked call adds one, any other call of the sector
 * starts again from zero. Used by evolve, and by the order's look-ahead, as ratioAfterCall is.
 */
export const bookedInRowAfter = (inRow: number, dueBooked: boolean): number => (dueBooked ? inRow + 1 : 0);

/**
 * The sector's order with bookings: due booked visitors and walk-ins (in `walkOrder`, the priority
 * policy's order) merged by the same turns call-next takes, then the early arrivals. Looks ahead as if
 * this sector's calls were all that happened, as the ratio's order does.
 */
export function interleaveBooked(
  state: Readonly<QueueState>,
  sectorId: string,
  split: BookedSplit,
  walkOrder: readonly Ticket[],
  now: number,
  limit = Infinity,
): Ticket[] {
  const { due, early } = split;
  // The oldest arrival among the walk-ins not yet placed: it decides each booked turn's allowance.
  const oldestFrom: (number | null)[] = new Array<number | null>(walkOrder.length + 1).fill(null);
  for (let k = walkOrder.length - 1; k >= 0; k -= 1) {
    const at = walkOrder[k]?.queuedAt ?? Infinity;
    const later = oldestFrom[k + 1] ?? null;
    oldestFrom[k] = later === null ? at : Math.min(at, later);
  }
  const sector = state.config.sectors.find((s) => s.id === sectorId);
  let inRow = state.sectors[sectorId]?.bookedInRow ?? 0;
  const out: Ticket[] = [];
  let i = 0;
  let j = 0;
  while ((i < due.length || j < walkOrder.length) && out.length < limit) {
    const booked =
      i < due.length &&
      (j >= walkOrder.length || inRow < bookedAllowance(state.config, sector, oldestFrom[j] ?? null, now));
    const t = booked ? due[i++] : walkOrder[j++];
    if (t) out.push(t);
    inRow = bookedInRowAfter(inRow, booked);
  }
  // Early arrivals are shown last: they are called when their slot comes or when nobody else waits.
  for (const t of early) if (out.length < limit) out.push(t);
  return out;
}
