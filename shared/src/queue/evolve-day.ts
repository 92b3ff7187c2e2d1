// Day-level folds: opening, reconfiguring and closing. Kept apart from the per-ticket folds in
// evolve.ts because they touch every desk and sector at once.
import { closedDesk, initialState, newCounters } from './initial.js';
import type { EventOf } from './events.js';
import type { PriorityPolicy, QueueState } from './types.js';

export function dayOpened(state: QueueState, e: EventOf<'day:opened'>): void {
  // A clone, so later in-place folds never reach into the journal's copy of the event.
  Object.assign(state, initialState(structuredClone(e.config), e.at), { day: e.day, openedAt: e.at });
}

function sameRatio(a: PriorityPolicy, b: PriorityPolicy): boolean {
  return a.kind === 'ratio' && b.kind === 'ratio' && a.priority === b.priority && a.regular === b.regular;
}

export function configChanged(state: QueueState, e: EventOf<'config:changed'>): void {
  const config = structuredClone(e.config);
  const { policy } = config;
  // A new ratio starts with a full allowance; an unchanged one keeps its place mid-cycle.
  const resetRatio = policy.kind === 'ratio' && !sameRatio(state.config.policy, policy);
  for (const sector of config.sectors) {
    const counters = state.sectors[sector.id];
    if (!counters) state.sectors[sector.id] = newCounters(policy);
    else if (resetRatio && policy.kind === 'ratio') {
      counters.priorityCredit = policy.priority;
      counters.regularSincePriority = 0;
    }
  }
  // decide only lets idle, closed desks disappear, so dropping their state loses nothing.
  state.desks = Object.fromEntries(
    config.desks.map((d) => [d.id, state.desks[d.id] ?? closedDesk(d.id, e.at)]),
  );
  state.config = config;
}

export function dayClosed(state: QueueState, e: EventOf<'day:closed'>): void {
  for (const id of state.activeIds) {
    const t = state.tickets[id];
    if (!t) continue;
    t.status = 'unserved';
    t.endedAt = e.at;
  }
  state.activeIds = [];
  for (const id of Object.keys(state.desks)) state.desks[id] = closedDesk(id, e.at);
  state.closedAt = e.at;
}
