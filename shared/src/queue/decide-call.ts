// Calling visitors: by policy, by number, and the one-click "finish and call next".
import { fail, ok, type Result } from '../errors.js';
import type { Command } from './commands.js';
import { callingDesk, deskTicket } from './decide-guards.js';
import type { DomainEvent } from './events.js';
import { findActiveByNumber } from './lookup.js';
import { pickNext } from './policy.js';
import type { Context, QueueState, Ticket } from './types.js';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

function callEvents(
  state: Readonly<QueueState>,
  ticket: Ticket,
  deskId: string,
  operatorId: string,
  mode: 'next' | 'specific',
  now: number,
): DomainEvent[] {
  const events: DomainEvent[] = [
    { type: 'ticket:called', at: now, ticketId: ticket.id, deskId, operatorId, mode },
  ];
  if (state.config.startOnCall) events.push({ type: 'ticket:started', at: now, ticketId: ticket.id, deskId });
  return events;
}

export function callNext(
  state: Readonly<QueueState>,
  c: Cmd<'call-next'>,
  ctx: Context,
): Result<DomainEvent[]> {
  const desk = callingDesk(state, c.deskId, c.operatorId);
  if (!desk.ok) return desk;
  const next = pickNext(state, c.deskId, ctx.now);
  if (!next) return fail('queue_empty');
  return ok(callEvents(state, next, c.deskId, c.operatorId, 'next', ctx.now));
}

export function callTicket(
  state: Readonly<QueueState>,
  c: Cmd<'call-ticket'>,
  ctx: Context,
): Result<DomainEvent[]> {
  const r = callingDesk(state, c.deskId, c.operatorId);
  if (!r.ok) return r;
  const ticket = findActiveByNumber(state, c.number);
  if (!ticket) return fail('unknown_ticket');
  if (ticket.status !== 'waiting') return fail('ticket_not_waiting');
  const forThisDesk =
    ticket.targetDeskId === null
      ? r.data.desk.sectorIds.includes(ticket.sectorId)
      : ticket.targetDeskId === c.deskId;
  if (!forThisDesk) return fail('ticket_not_for_desk');
  return ok(callEvents(state, ticket, c.deskId, c.operatorId, 'specific', ctx.now));
}

export function finish(state: Readonly<QueueState>, c: Cmd<'finish'>, ctx: Context): Result<DomainEvent[]> {
  const r = deskTicket(state, c.deskId);
  if (!r.ok) return r;
  const { ticket, live } = r.data;
  if (ticket.status === 'called') return fail('not_started');
  // Checked before finishing, so a refused "finish and call" leaves the visitor untouched.
  if (c.callNext && live.operatorId !== c.operatorId) return fail('desk_taken');
  const events: DomainEvent[] = [
    {
      type: 'ticket:finished',
      at: ctx.now,
      ticketId: ticket.id,
      deskId: c.deskId,
      outcome: c.outcome,
      note: c.note,
    },
  ];
  if (!c.callNext || live.status !== 'open') return ok(events);
  // The finished ticket is not waiting, so picking on the state before the finish gives the
  // same visitor as picking after it; an empty queue just means nothing more to do.
  const next = pickNext(state, c.deskId, ctx.now);
  if (next) events.push(...callEvents(state, next, c.deskId, c.operatorId, 'next', ctx.now));
  return ok(events);
}
