// What a desk does with the visitor in front of it: recall, start, no-show, return, transfer.
import { fail, ok, type Result } from '../errors.js';
import type { Command } from './commands.js';
import { deskTicket } from './decide-guards.js';
import type { DomainEvent } from './events.js';
import { findDesk, findSector } from './lookup.js';
import type { Context, QueueState, Sector, Ticket } from './types.js';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

export function recall(state: Readonly<QueueState>, c: Cmd<'recall'>, ctx: Context): Result<DomainEvent[]> {
  const r = deskTicket(state, c.deskId);
  if (!r.ok) return r;
  if (r.data.ticket.status !== 'called') return fail('already_started');
  return ok([{ type: 'ticket:recalled', at: ctx.now, ticketId: r.data.ticket.id, deskId: c.deskId }]);
}

export function start(state: Readonly<QueueState>, c: Cmd<'start'>, ctx: Context): Result<DomainEvent[]> {
  const r = deskTicket(state, c.deskId);
  if (!r.ok) return r;
  if (r.data.ticket.status !== 'called') return fail('already_started');
  return ok([{ type: 'ticket:started', at: ctx.now, ticketId: r.data.ticket.id, deskId: c.deskId }]);
}

/**
 * A visitor who did not come: only after the office's grace since the latest call, and not once their
 * service has started (unless calling starts service, when "serving" may still mean "not here yet").
 */
export function noShow(state: Readonly<QueueState>, c: Cmd<'no-show'>, ctx: Context): Result<DomainEvent[]> {
  const r = deskTicket(state, c.deskId);
  if (!r.ok) return r;
  const { ticket, live } = r.data;
  if (ticket.status === 'serving' && !state.config.startOnCall) return fail('already_started');
  const calledAt = live.calledAt ?? ticket.calledAt ?? ctx.now;
  if (ctx.now - calledAt < state.config.noShowGraceSec * 1000) return fail('no_show_too_early');
  return ok([{ type: 'ticket:no-show', at: ctx.now, ticketId: ticket.id, deskId: c.deskId }]);
}

export function returnToQueue(
  state: Readonly<QueueState>,
  c: Cmd<'return-to-queue'>,
  ctx: Context,
): Result<DomainEvent[]> {
  const r = deskTicket(state, c.deskId);
  if (!r.ok) return r;
  return ok([{ type: 'ticket:returned', at: ctx.now, ticketId: r.data.ticket.id, deskId: c.deskId }]);
}

/** The next leg of a visit: same number and code, a fresh place in the new queue. */
function nextLeg(
  state: Readonly<QueueState>,
  old: Ticket,
  to: Sector,
  c: Cmd<'transfer'>,
  ctx: Context,
): Ticket {
  return {
    ...old,
    id: ctx.newId(),
    sectorId: to.id,
    // Reports count services per sector, so a service the new sector does not offer is dropped.
    serviceId: to.services.some((s) => s.id === old.serviceId) ? old.serviceId : null,
    status: 'waiting',
    queuedAt: state.config.transferKeepsArrival ? old.queuedAt : ctx.now,
    calledAt: null,
    startedAt: null,
    endedAt: null,
    deskId: c.toDeskId,
    operatorId: null,
    targetDeskId: c.toDeskId,
    calls: 0,
    outcome: null,
    note: c.note,
    firstLegId: old.firstLegId ?? old.id,
    previousLegId: old.id,
    nextLegId: null,
    rating: null,
  };
}

export function transfer(
  state: Readonly<QueueState>,
  c: Cmd<'transfer'>,
  ctx: Context,
): Result<DomainEvent[]> {
  const r = deskTicket(state, c.deskId);
  if (!r.ok) return r;
  const old = r.data.ticket;
  const to = findSector(state, c.toSectorId);
  if (!to) return fail('unknown_sector');
  if (c.toDeskId !== null && !findDesk(state, c.toDeskId)) return fail('unknown_desk');
  if (c.toDeskId === null && c.toSectorId === old.sectorId) return fail('same_sector');
  const next = nextLeg(state, old, to, c, ctx);
  return ok([
    { type: 'ticket:transferred', at: ctx.now, ticketId: old.id, deskId: c.deskId, next, note: c.note },
  ]);
}
