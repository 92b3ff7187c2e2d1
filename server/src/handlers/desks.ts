// A specialist's work at a desk. Each handler only maps the payload to a queue command and the events
// back to an answer; the rules are in shared/queue, the checks of who may act in `deskCommand`.
import {
  fail,
  ticketBrief,
  type Command,
  type DomainEvent,
  type ErrorCode,
  type QueueState,
  type Result,
  type Ticket,
  type TicketBrief,
} from '@kezek/shared';
import { actorOf, type HandlerContext } from './context.js';
import type { HandlerTable } from './define.js';

const STAFF = ['operator', 'head'] as const;

type DeskPayload = { requestId: string; deskId: string };

/** Runs a desk command for the signed-in specialist, refusing desks outside their assignment. */
function deskCommand<T>(
  ctx: HandlerContext,
  p: DeskPayload,
  build: (operatorId: string) => Command,
  toAck: (events: DomainEvent[], state: Readonly<QueueState>) => T,
  opening = false,
): Promise<Result<T>> {
  const actor = actorOf(ctx);
  if (actor.deskIds.length > 0 && !actor.deskIds.includes(p.deskId))
    return Promise.resolve(fail('forbidden'));
  // The queue checks who acts only when calling; a visitor at a staffed desk is its specialist's alone.
  const guard = (state: Readonly<QueueState>): ErrorCode | null => {
    const live = state.desks[p.deskId];
    return !opening && live && live.status !== 'closed' && live.operatorId !== actor.id ? 'desk_taken' : null;
  };
  return ctx.office.run(build(actor.id), { actorId: actor.id, requestId: p.requestId }, toAck, guard);
}

/** The ticket the last call event in `events` called, if any. */
function calledIn(events: DomainEvent[], state: Readonly<QueueState>): TicketBrief | null {
  const called = events.findLast((e) => e.type === 'ticket:called');
  return called ? ticketBrief(state.tickets[called.ticketId] as Ticket) : null;
}

function deskTicket(deskId: string) {
  return (_events: DomainEvent[], state: Readonly<QueueState>): TicketBrief => {
    const id = state.desks[deskId]?.ticketId ?? '';
    return ticketBrief(state.tickets[id] as Ticket);
  };
}

const none = () => null;

export const deskHandlers = {
  'desk:open': {
    roles: STAFF,
    run: (ctx, p) =>
      deskCommand(ctx, p, (operatorId) => ({ type: 'open-desk', deskId: p.deskId, operatorId }), none, true),
  },
  'desk:close': {
    roles: STAFF,
    run: (ctx, p) => deskCommand(ctx, p, () => ({ type: 'close-desk', deskId: p.deskId }), none),
  },
  'desk:call-next': {
    roles: STAFF,
    run: (ctx, p) =>
      deskCommand(
        ctx,
        p,
        (operatorId) => ({ type: 'call-next', deskId: p.deskId, operatorId }),
        (e, s) => calledIn(e, s) as TicketBrief,
      ),
  },
  'desk:call-ticket': {
    roles: STAFF,
    run: (ctx, p) =>
      deskCommand(
        ctx,
        p,
        (operatorId) => ({ type: 'call-ticket', deskId: p.deskId, operatorId, number: p.number }),
        (e, s) => calledIn(e, s) as TicketBrief,
      ),
  },
  'desk:recall': {
    roles: STAFF,
    run: (ctx, p) => deskCommand(ctx, p, () => ({ type: 'recall', deskId: p.deskId }), deskTicket(p.deskId)),
  },
  'desk:start': {
    roles: STAFF,
    run: (ctx, p) => deskCommand(ctx, p, () => ({ type: 'start', deskId: p.deskId }), deskTicket(p.deskId)),
  },
  'desk:finish': {
    roles: STAFF,
    run: (ctx, p) =>
      deskCommand(
        ctx,
        p,
        (operatorId) => ({
          type: 'finish',
          deskId: p.deskId,
          outcome: p.outcome,
          note: p.note,
          callNext: p.callNext,
          operatorId,
        }),
        calledIn,
      ),
  },
  'desk:no-show': {
    roles: STAFF,
    run: (ctx, p) => deskCommand(ctx, p, () => ({ type: 'no-show', deskId: p.deskId }), none),
  },
  'desk:return': {
    roles: STAFF,
    run: (ctx, p) => deskCommand(ctx, p, () => ({ type: 'return-to-queue', deskId: p.deskId }), none),
  },
  'desk:transfer': {
    roles: STAFF,
    run: (ctx, p) =>
      deskCommand(
        ctx,
        p,
        () => ({
          type: 'transfer',
          deskId: p.deskId,
          toSectorId: p.toSectorId,
          toDeskId: p.toDeskId,
          note: p.note,
        }),
        (events, state) => {
          const moved = events.find((e) => e.type === 'ticket:transferred');
          return ticketBrief(state.tickets[moved?.next.id ?? ''] as Ticket);
        },
      ),
  },
  'desk:pause': {
    roles: STAFF,
    run: (ctx, p) => deskCommand(ctx, p, () => ({ type: 'pause', deskId: p.deskId, reason: p.reason }), none),
  },
  'desk:resume': {
    roles: STAFF,
    run: (ctx, p) => deskCommand(ctx, p, () => ({ type: 'resume', deskId: p.deskId }), none),
  },
} satisfies Partial<HandlerTable>;
