// How a client keeps its copy of the hall: apply each change in order, ignore repeats, and ask for a
// full snapshot when a change was missed (the display must never silently stop updating).
import type { HallChanged } from '../protocol.js';
import type { CallView, HallView, OfficeSnapshot } from '../views.js';

export const RECENT_CALLS_KEPT = 20;

export type HallStep = { kind: 'apply'; snapshot: OfficeSnapshot } | { kind: 'ignore' } | { kind: 'resync' };

/** Newest first, the change's calls (oldest first) on top, at most `RECENT_CALLS_KEPT`. */
export function mergeCalls(recent: readonly CallView[], calls: readonly CallView[]): CallView[] {
  return [...calls].reverse().concat(recent).slice(0, RECENT_CALLS_KEPT);
}

export function applyHallChange(current: OfficeSnapshot | null, change: HallChanged): HallStep {
  if (!current) return { kind: 'resync' };
  // Revisions restart every business day: a change from another day means a snapshot was missed.
  if (change.hall.day !== current.hall.day) return { kind: 'resync' };
  const rev = current.hall.rev;
  if (change.hall.rev <= rev) return { kind: 'ignore' };
  if (change.since !== rev) return { kind: 'resync' };
  return {
    kind: 'apply',
    snapshot: {
      ...current,
      hall: mergeHall(current.hall, change.hall),
      recentCalls: mergeCalls(current.recentCalls, change.calls),
    },
  };
}

/** A change carries only the sectors and desks that changed: replace those by id, keep the rest. */
export function mergeHall(current: HallView, patch: HallView): HallView {
  return {
    ...patch,
    sectors: replaceById(current.sectors, patch.sectors),
    desks: replaceById(current.desks, patch.desks),
  };
}

function replaceById<T extends { id: string }>(items: readonly T[], changed: readonly T[]): T[] {
  if (changed.length === 0) return [...items];
  const byId = new Map(changed.map((x) => [x.id, x]));
  return items.map((x) => byId.get(x.id) ?? x);
}

/** The latest call of each ticket, newest first: a recall moves the ticket up instead of doubling it. */
export function latestCallPerTicket(calls: readonly CallView[]): CallView[] {
  const seen = new Set<string>();
  return calls.filter((c) => (seen.has(c.ticketId) ? false : (seen.add(c.ticketId), true)));
}
