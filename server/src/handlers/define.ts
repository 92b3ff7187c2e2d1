// The one wrapper every socket command goes through: who the socket acts for (read again from its token),
// the limits per identity and address, role, schema, then the handler; every outcome becomes a Result.
// Nothing a client sends can throw past this point.
import {
  fail,
  inbound,
  type Acks,
  type InboundEvent,
  type Payload,
  type Result,
  type Role,
} from '@kezek/shared';
import type { HandlerContext } from './context.js';
import { addressOf } from '../auth/address.js';
import type { RateLimits } from './rate-limits.js';

export type Caller = Role | 'guest';

export interface HandlerSpec<E extends InboundEvent> {
  roles: readonly Caller[];
  run(ctx: HandlerContext, payload: Payload<E>): Promise<Result<Acks[E]>> | Result<Acks[E]>;
}

export type HandlerTable = { [E in InboundEvent]: HandlerSpec<E> };

type Ack = (result: Result<unknown>) => void;

/** `limits` is shared by every connection, so an identity or an address has one allowance however many sockets it opens. */
export function bindHandlers(ctx: HandlerContext, table: HandlerTable, limits: RateLimits): void {
  for (const event of Object.keys(table) as InboundEvent[]) {
    const listener = (raw: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return; // nobody to answer: a well-behaved client always asks for an ack
      void dispatch(ctx, event, table[event] as HandlerSpec<InboundEvent>, raw, ack as Ack, limits);
    };
    ctx.socket.on(event, listener as never);
  }
}

async function dispatch(
  ctx: HandlerContext,
  event: InboundEvent,
  spec: HandlerSpec<InboundEvent>,
  raw: unknown,
  ack: Ack,
  limits: RateLimits,
): Promise<void> {
  const reply = (result: Result<unknown>) => {
    if (ctx.socket.connected) ack(result);
  };
  let actorId: string | undefined;
  try {
    // Rights are read from the token on every command, so nothing a session lost still runs on it.
    const actor = ctx.sessions.current(ctx.socket);
    if (actor === 'ended') return;
    actorId = actor?.id;
    const identity = actor?.id ?? `socket:${ctx.socket.id}`;
    if (!limits.take(identity, addressOf(ctx.socket), Date.now())) return reply(fail('rate_limited'));
    const caller: Caller = actor?.role ?? 'guest';
    if (!spec.roles.includes(caller)) return reply(fail(actor ? 'forbidden' : 'unauthorized'));
    const parsed = inbound[event].safeParse(raw);
    if (!parsed.success) return reply(fail('invalid_payload'));
    reply(await spec.run(ctx, parsed.data as Payload<InboundEvent>));
  } catch (err) {
    ctx.log.error({ err, event, actor: actorId }, 'handler failed');
    reply(fail('internal'));
  }
}
