// Logging in, pairing devices and asking for the full picture.
import { fail, ok } from '@kezek/shared';
import { addressOf, isLoopback } from '../auth/address.js';
import { actorOf } from './context.js';
import type { HandlerTable } from './define.js';

const STAFF = ['operator', 'head'] as const;
const ANYONE = ['guest', 'kiosk', 'display', 'operator', 'head'] as const;
const SIGNED_IN = ['kiosk', 'display', 'operator', 'head'] as const;

export const sessionHandlers = {
  'auth:login': {
    roles: ANYONE,
    async run(ctx, { username, password }) {
      const result = await ctx.access.login(username, password, addressOf(ctx.socket));
      if (result.ok) ctx.admit(result.data.user, result.data.token);
      return result;
    },
  },
  'auth:logout': {
    roles: STAFF,
    async run(ctx) {
      const actor = actorOf(ctx);
      const token = ctx.socket.data.token;
      if (token) await ctx.access.logout(token);
      // Every socket signed in with this token hangs up, this one too (its ack rarely gets out first).
      ctx.sessions.refresh(actor.id, 'logged_out');
      if (ctx.socket.connected) {
        ctx.socket.emit('session:ended', 'logged_out');
        ctx.socket.disconnect(true);
      }
      return ok(null);
    },
  },
  'device:request-pairing': {
    roles: ['guest'],
    async run(ctx, { kind, name }) {
      const deliver = (paired: { deviceId: string; token: string; kind: typeof kind }) => {
        ctx.socket.emit('device:paired', paired);
        const resolved = ctx.access.resolve(paired.token);
        if ('actor' in resolved) ctx.admit(resolved.actor, paired.token);
      };
      // The demo office and one-PC set-ups: a device on the server's own machine needs no head.
      const auto = ctx.settings.data.autoPairLocal && isLoopback(addressOf(ctx.socket));
      const code = ctx.access.requestPairing(kind, name, addressOf(ctx.socket), deliver, auto);
      if (code === null) return fail('rate_limited');
      if (auto) {
        setImmediate(
          () => void ctx.access.approve(code).catch((err: unknown) => ctx.log.error({ err }, 'auto-pair')),
        );
      }
      return ok({ code });
    },
  },
  'device:approve': {
    roles: ['head'],
    async run(ctx, { code }) {
      const result = await ctx.access.approve(code);
      if (result.ok) ctx.log.info({ deviceId: result.data.deviceId, by: actorOf(ctx).id }, 'device paired');
      return result;
    },
  },
  'office:snapshot': {
    roles: SIGNED_IN,
    run: (ctx) => ok(ctx.snapshot()),
  },
} satisfies Partial<HandlerTable>;
