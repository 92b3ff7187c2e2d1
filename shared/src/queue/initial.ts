// The state before any event: what replay starts from and what a new business day resets to.
import type { DeskState, OfficeConfig, PriorityPolicy, QueueState, SectorCounters } from './types.js';

export function newCounters(policy: PriorityPolicy): SectorCounters {
  return {
    lastSeq: 0,
    // A fresh day starts with a full ratio allowance, as if R regular calls had just been made.
    priorityCredit: policy.kind === 'ratio' ? policy.priority : 0,
    regularSincePriority: 0,
    recentServiceSec: [],
  };
}

export function closedDesk(deskId: string, since: number): DeskState {
  return {
    deskId,
    status: 'closed',
    operatorId: null,
    ticketId: null,
    pauseReason: null,
    since,
    calledAt: null,
  };
}

export function initialState(config: OfficeConfig, since = 0): QueueState {
  return {
    day: null,
    openedAt: null,
    closedAt: null,
    config,
    tickets: {},
    activeIds: [],
    desks: Object.fromEntries(config.desks.map((d) => [d.id, closedDesk(d.id, since)])),
    sectors: Object.fromEntries(config.sectors.map((s) => [s.id, newCounters(config.policy)])),
  };
}
