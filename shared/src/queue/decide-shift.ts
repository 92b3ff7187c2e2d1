// A specialist's shift at a desk: open, pause with a reason, resume, close. Repeating a state the
// desk is already in succeeds with no events, so a retried click after a lost ack is harmless.
import { fail, ok, type Result } from '../errors.js';
import type { Command } from './commands.js';
import { deskAt, staffedDesk } from './decide-guards.js';
import type { DomainEvent } from './events.js';
import type { Context, QueueState } from './types.js';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

export function openDesk(
  state: Readonly<QueueState>,
  c: Cmd<'open-desk'>,
  ctx: Context,
): Result<DomainEvent[]> {
  const r = deskAt(state, c.deskId);
  if (!r.ok) return r;
  const { live } = r.data;
  if (live.status !== 'closed') return live.operatorId === c.operatorId ? ok([]) : fail('desk_taken');
  // One person, one desk: otherwise their calls would be spread over desks they are not at.
  const elsewhere = Object.values(state.desks).some(
    (d) => d.status !== 'closed' && d.operatorId === c.operatorId,
  );
  if (elsewhere) return fail('operator_elsewhere');
  return ok([{ type: 'desk:opened', at: ctx.now, deskId: c.deskId, operatorId: c.operatorId }]);
}

export function closeDesk(
  state: Readonly<QueueState>,
  c: Cmd<'close-desk'>,
  ctx: Context,
): Result<DomainEvent[]> {
  const r = deskAt(state, c.deskId);
  if (!r.ok) return r;
  const { live } = r.data;
  if (live.ticketId !== null) return fail('desk_busy');
  if (live.status === 'closed') return ok([]);
  return ok([{ type: 'desk:closed', at: ctx.now, deskId: c.deskId }]);
}

export function pause(state: Readonly<QueueState>, c: Cmd<'pause'>, ctx: Context): Result<DomainEvent[]> {
  const r = staffedDesk(state, c.deskId);
  if (!r.ok) return r;
  const { live } = r.data;
  if (live.status === 'paused') return fail('desk_paused');
  if (live.ticketId !== null) return fail('desk_busy');
  return ok([{ type: 'desk:paused', at: ctx.now, deskId: c.deskId, reason: c.reason }]);
}

export function resume(state: Readonly<QueueState>, c: Cmd<'resume'>, ctx: Context): Result<DomainEvent[]> {
  const r = staffedDesk(state, c.deskId);
  if (!r.ok) return r;
  if (r.data.live.status === 'open') return ok([]);
  return ok([{ type: 'desk:resumed', at: ctx.now, deskId: c.deskId }]);
}
