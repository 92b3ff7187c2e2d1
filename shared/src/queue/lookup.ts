// Small read-only lookups shared by the rules (decide) and the views (project), so a kiosk button
// and the rule behind it can never disagree.
import { isOpenAt } from './clock.js';
import type { SectorLive } from '../views.js';
import type { Desk, QueueState, Sector, Ticket } from './types.js';

/**
 * A sector's numbers for one day: A001 … A999, then A1000 … A9999. A big centre's busiest sector can see
 * more than a thousand visitors a day; past 9,999 a number would no longer fit the hall display.
 */
export const MAX_SEQ = 9999;

export const isActive = (t: Ticket): boolean =>
  t.status === 'waiting' || t.status === 'called' || t.status === 'serving';

export function findSector(state: Readonly<QueueState>, sectorId: string): Sector | undefined {
  return state.config.sectors.find((s) => s.id === sectorId);
}

export function findDesk(state: Readonly<QueueState>, deskId: string): Desk | undefined {
  return state.config.desks.find((d) => d.id === deskId);
}

/** Whether a kiosk may issue a ticket of the sector now, and if not, why. */
export function issuingState(
  state: Readonly<QueueState>,
  sectorId: string,
  now: number,
): SectorLive['issuing'] {
  const sector = findSector(state, sectorId);
  if (!sector || !sector.enabled) return 'sector_disabled';
  const { config } = state;
  if (!isOpenAt(sector.hours ?? config.hours, now, config.timeZone)) return 'outside_hours';
  const issued = state.sectors[sectorId]?.lastSeq ?? 0;
  if (issued >= Math.min(sector.dailyLimit ?? MAX_SEQ, MAX_SEQ)) return 'daily_limit_reached';
  if (sector.whenNoDesk === 'refuse' && openDesks(state, sectorId) === 0) return 'no_open_desk';
  return 'open';
}

/** Desks open (not paused, not closed) for the sector now: the ones that will call its next visitor. */
export function openDesks(state: Readonly<QueueState>, sectorId: string): number {
  let n = 0;
  for (const d of state.config.desks)
    if (d.sectorIds.includes(sectorId) && state.desks[d.id]?.status === 'open') n++;
  return n;
}

/** The leg a visitor is on now: a transferred ticket continues as its nextLegId. */
export function newestLeg(state: Readonly<QueueState>, ticket: Ticket): Ticket {
  let t = ticket;
  for (let next = t.nextLegId; next !== null; next = t.nextLegId) {
    const n = state.tickets[next];
    if (!n) break;
    t = n;
  }
  return t;
}

/** Every leg of a visit shares the code; the status page follows the visitor to the newest one. */
export function findByCode(state: Readonly<QueueState>, code: string): Ticket | null {
  for (const id in state.tickets) {
    const t = state.tickets[id];
    if (t && t.code === code) return newestLeg(state, t);
  }
  return null;
}

/** Only one leg of a number is active at a time, so the active tickets are enough to search. */
export function findActiveByNumber(state: Readonly<QueueState>, number: string): Ticket | null {
  const wanted = number.trim().toUpperCase();
  for (const id of state.activeIds) {
    const t = state.tickets[id];
    if (t && t.number === wanted) return t;
  }
  return null;
}
