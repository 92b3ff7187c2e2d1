// The refusals several commands share, in the order the rules list them, so every command
// reports the same code for the same situation.
import { fail, ok, type Result } from '../errors.js';
import { findDesk } from './lookup.js';
import type { Desk, DeskState, QueueState, Ticket } from './types.js';

export interface DeskAt {
  desk: Desk;
  live: DeskState;
}

export function deskAt(state: Readonly<QueueState>, deskId: string): Result<DeskAt> {
  const desk = findDesk(state, deskId);
  const live = state.desks[deskId];
  return desk && live ? ok({ desk, live }) : fail('unknown_desk');
}

/** A desk someone is working at: open or paused. */
export function staffedDesk(state: Readonly<QueueState>, deskId: string): Result<DeskAt> {
  const r = deskAt(state, deskId);
  if (r.ok && r.data.live.status === 'closed') return fail('desk_closed');
  return r;
}

/** A desk ready to call: staffed by this operator, not paused, not holding anyone. */
export function callingDesk(state: Readonly<QueueState>, deskId: string, operatorId: string): Result<DeskAt> {
  const r = staffedDesk(state, deskId);
  if (!r.ok) return r;
  const { live } = r.data;
  if (live.operatorId !== operatorId) return fail('desk_taken');
  if (live.status === 'paused') return fail('desk_paused');
  if (live.ticketId !== null) return fail('desk_busy');
  return r;
}

/** The visitor at a staffed desk, called or being served. */
export function deskTicket(state: Readonly<QueueState>, deskId: string): Result<DeskAt & { ticket: Ticket }> {
  const r = staffedDesk(state, deskId);
  if (!r.ok) return r;
  const id = r.data.live.ticketId;
  const ticket = id === null ? undefined : state.tickets[id];
  return ticket ? ok({ ...r.data, ticket }) : fail('desk_idle');
}
