// A wait estimate staff can check by hand: people ahead, divided by the desks working on the
// sector, times the recent average service. Deliberately simple; see docs/queue-policy.md.
import { targetedAt } from './policy.js';
import { positionInSector } from './position.js';
import type { QueueState, Ticket } from './types.js';

/** Used until the sector has finished a service today. */
export const DEFAULT_SERVICE_SEC = 300;

export function avgServiceSec(state: Readonly<QueueState>, sectorId: string): number {
  const recent = state.sectors[sectorId]?.recentServiceSec ?? [];
  if (recent.length === 0) return DEFAULT_SERVICE_SEC;
  return recent.reduce((a, b) => a + b, 0) / recent.length;
}

/** A desk serving three sectors counts as a third of a desk for each of them. */
export function effectiveDesks(state: Readonly<QueueState>, sectorId: string): number {
  let sum = 0;
  for (const desk of state.config.desks) {
    if (state.desks[desk.id]?.status !== 'open' || !desk.sectorIds.includes(sectorId)) continue;
    sum += 1 / desk.sectorIds.length;
  }
  return sum;
}

/** Minutes until `ahead` people have been served; null when nobody is serving the sector. */
export function estimateMin(state: Readonly<QueueState>, sectorId: string, ahead: number): number | null {
  const desks = effectiveDesks(state, sectorId);
  if (desks === 0) return null;
  return Math.ceil(((ahead / desks) * avgServiceSec(state, sectorId)) / 60);
}

/** Position in the order call-next would take; 0 for a ticket no longer waiting. */
export function peopleAhead(state: Readonly<QueueState>, ticket: Ticket, now: number): number {
  if (ticket.status !== 'waiting') return 0;
  if (ticket.targetDeskId === null) return positionInSector(state, ticket, now);
  const i = targetedAt(state, ticket.targetDeskId).findIndex((t) => t.id === ticket.id);
  return i < 0 ? 0 : i;
}
