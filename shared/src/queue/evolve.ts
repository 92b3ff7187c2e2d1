// Folds events into the state IN PLACE. Deliberate: copying a 5,000-ticket day for each of its
// 40,000 events would make replay quadratic. Each fold touches one ticket and one desk, plus the
// active list, so an event costs O(active tickets) at worst.
import { decide } from './decide.js';
import { dayClosed, configChanged, dayOpened } from './evolve-day.js';
import { ratioAfterCall } from './policy.js';
import { bookedInRowAfter, isDueBooked } from './policy-booked.js';
import { initialState } from './initial.js';
import type { Result } from '../errors.js';
import type { Command } from './commands.js';
import type { DomainEvent } from './events.js';
import type { Context, FinalStatus, OfficeConfig, QueueState, Ticket } from './types.js';

/** How many recent services the estimate averages over. */
const RECENT_SERVICES = 20;

function ticket(state: QueueState, id: string): Ticket {
  const t = state.tickets[id];
  // decide never emits an event about an unknown ticket; a journal that does is corrupt.
  if (!t) throw new Error(`event refers to unknown ticket ${id}`);
  return t;
}

function freeDesk(state: QueueState, deskId: string, ticketId: string): void {
  const desk = state.desks[deskId];
  if (desk && desk.ticketId === ticketId) {
    desk.ticketId = null;
    desk.calledAt = null;
  }
}

function end(state: QueueState, t: Ticket, status: FinalStatus, at: number): void {
  t.status = status;
  t.endedAt = at;
  const i = state.activeIds.indexOf(t.id);
  if (i >= 0) state.activeIds.splice(i, 1);
  if (t.deskId !== null) freeDesk(state, t.deskId, t.id);
}

function called(state: QueueState, e: Extract<DomainEvent, { type: 'ticket:called' }>): void {
  const t = ticket(state, e.ticketId);
  t.status = 'called';
  t.calledAt ??= e.at; // the wait ends at the first call; a call after a return does not restart it
  t.startedAt = null;
  t.deskId = e.deskId;
  t.operatorId = e.operatorId;
  t.calls += 1;
  const desk = state.desks[e.deskId];
  if (desk) {
    desk.ticketId = t.id;
    desk.calledAt = e.at;
  }
  const { policy } = state.config;
  const counters = state.sectors[t.sectorId];
  // Desk-targeted tickets bypass the sector queue, so they neither earn nor spend its allowances.
  if (!counters || t.targetDeskId !== null) return;
  const booked = isDueBooked(t, e.at);
  // A booked call is no walk-in's turn: it leaves the priority ratio as it was.
  if (policy.kind === 'ratio' && !booked) {
    Object.assign(counters, ratioAfterCall(counters, t.priority !== null, policy.priority, policy.regular));
  }
  const inRow = bookedInRowAfter(counters.bookedInRow ?? 0, booked);
  // Absent stays absent for offices that never book, so their journals replay to the same state.
  if (inRow > 0 || counters.bookedInRow !== undefined) counters.bookedInRow = inRow;
}

function finished(state: QueueState, e: Extract<DomainEvent, { type: 'ticket:finished' }>): void {
  const t = ticket(state, e.ticketId);
  t.outcome = e.outcome;
  t.note = e.note;
  end(state, t, 'finished', e.at);
  const counters = state.sectors[t.sectorId];
  if (counters && t.startedAt !== null) {
    counters.recentServiceSec.push((e.at - t.startedAt) / 1000);
    if (counters.recentServiceSec.length > RECENT_SERVICES) counters.recentServiceSec.shift();
  }
}

export function evolve(state: QueueState, e: DomainEvent): void {
  switch (e.type) {
    case 'day:opened':
      return dayOpened(state, e);
    case 'config:changed':
      return configChanged(state, e);
    case 'day:closed':
      return dayClosed(state, e);
    case 'numbers:skipped':
      for (const [id, seq] of Object.entries(e.lastSeq)) {
        const counters = state.sectors[id];
        if (counters) counters.lastSeq = Math.max(counters.lastSeq, seq);
      }
      return;
    case 'ticket:issued': {
      const t = structuredClone(e.ticket);
      state.tickets[t.id] = t;
      state.activeIds.push(t.id);
      const counters = state.sectors[t.sectorId];
      if (counters) {
        counters.lastSeq = Math.max(counters.lastSeq, t.seq);
      }
      return;
    }
    case 'ticket:called':
      return called(state, e);
    case 'ticket:recalled': {
      ticket(state, e.ticketId).calls += 1;
      const desk = state.desks[e.deskId];
      if (desk) desk.calledAt = e.at; // a recall gives the visitor the full grace again
      return;
    }
    case 'ticket:started': {
      const t = ticket(state, e.ticketId);
      t.status = 'serving';
      t.startedAt = e.at;
      return;
    }
    case 'ticket:finished':
      return finished(state, e);
    case 'ticket:no-show':
      return end(state, ticket(state, e.ticketId), 'no_show', e.at);
    case 'ticket:returned': {
      const t = ticket(state, e.ticketId);
      freeDesk(state, e.deskId, t.id);
      // Back in line at its old place: queuedAt is kept, the interrupted service starts afresh.
      Object.assign(t, { status: 'waiting', deskId: null, operatorId: null, startedAt: null });
      return;
    }
    case 'ticket:transferred': {
      const t = ticket(state, e.ticketId);
      t.note = e.note;
      t.nextLegId = e.next.id;
      end(state, t, 'transferred', e.at);
      const next = structuredClone(e.next);
      state.tickets[next.id] = next;
      state.activeIds.push(next.id);
      return;
    }
    case 'ticket:cancelled':
      return end(state, ticket(state, e.ticketId), 'cancelled', e.at);
    case 'ticket:rated':
      ticket(state, e.ticketId).rating = { stars: e.stars, comment: e.comment, at: e.at };
      return;
    case 'desk:opened':
    case 'desk:closed':
    case 'desk:paused':
    case 'desk:resumed':
      return deskEvent(state, e);
  }
}

function deskEvent(
  state: QueueState,
  e: Extract<DomainEvent, { type: 'desk:opened' | 'desk:closed' | 'desk:paused' | 'desk:resumed' }>,
): void {
  const desk = state.desks[e.deskId];
  if (!desk) return;
  desk.since = e.at;
  desk.pauseReason = e.type === 'desk:paused' ? e.reason : null;
  if (e.type === 'desk:opened') Object.assign(desk, { status: 'open', operatorId: e.operatorId });
  else if (e.type === 'desk:closed')
    Object.assign(desk, { status: 'closed', operatorId: null, ticketId: null });
  else desk.status = e.type === 'desk:paused' ? 'paused' : 'open';
}

export function replay(config: OfficeConfig, events: Iterable<DomainEvent>): QueueState {
  const state = initialState(config);
  for (const e of events) evolve(state, e);
  return state;
}

/** decide, then fold the events in; on a refusal the state is untouched. */
export function execute(state: QueueState, command: Command, ctx: Context): Result<DomainEvent[]> {
  const result = decide(state, command, ctx);
  if (result.ok) for (const e of result.data) evolve(state, e);
  return result;
}
