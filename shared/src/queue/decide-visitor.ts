// What a visitor does without a desk: cancel a waiting ticket, rate a finished visit. Both take
// any leg's id and act on the newest leg, because the status page only knows the visit's code.
import { fail, ok, type Result } from '../errors.js';
import type { Command } from './commands.js';
import type { DomainEvent } from './events.js';
import { newestLeg } from './lookup.js';
import type { Context, QueueState } from './types.js';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

export function cancel(state: Readonly<QueueState>, c: Cmd<'cancel'>, ctx: Context): Result<DomainEvent[]> {
  const first = state.tickets[c.ticketId];
  if (!first) return fail('unknown_ticket');
  const ticket = newestLeg(state, first);
  if (ticket.status !== 'waiting') return fail('ticket_not_waiting');
  return ok([{ type: 'ticket:cancelled', at: ctx.now, ticketId: ticket.id, by: c.by }]);
}

export function rate(state: Readonly<QueueState>, c: Cmd<'rate'>, ctx: Context): Result<DomainEvent[]> {
  const first = state.tickets[c.ticketId];
  if (!first) return fail('unknown_ticket');
  if (!Number.isInteger(c.stars) || c.stars < 1 || c.stars > 5) return fail('invalid_payload');
  const ticket = newestLeg(state, first);
  if (ticket.status !== 'finished') return fail('ticket_not_finished');
  if (ticket.rating !== null) return fail('already_rated');
  return ok([{ type: 'ticket:rated', at: ctx.now, ticketId: ticket.id, stars: c.stars, comment: c.comment }]);
}
