// The head's setup: office set-up, content, users and devices. Every change is validated
// (schema at the wrapper, checkConfig here), takes effect live (the open day through the queue's
// set-config, clients through a fresh snapshot) and is written to the audit log before it is answered.
import { checkConfig, fail, ok, type AuditEntry, type DeviceView, type UserView } from '@kezek/shared';
import { describeChange } from '../audit/config-diff.js';
import { hashToken } from '../auth/tokens.js';
import type { StoredUser } from '../settings/types.js';
import { actorOf, type HandlerContext } from './context.js';
import { releaseDesks } from './desk-release.js';
import { actorRoom } from '../rooms.js';
import type { HandlerTable } from './define.js';

const HEAD = ['head'] as const;

async function audited(ctx: HandlerContext, action: string, summary: string): Promise<void> {
  const actor = actorOf(ctx);
  const entry: AuditEntry = {
    at: ctx.head.clock(),
    actorId: actor.id,
    actorName: actor.name,
    action,
    summary,
  };
  await ctx.head.audit.append(entry);
}

export const adminHandlers = {
  'admin:get': {
    roles: HEAD,
    run: (ctx) => {
      const s = ctx.settings.data;
      return ok({
        config: structuredClone(s.office),
        content: structuredClone(s.content),
        users: s.users.map(userView),
        devices: s.devices.map((d) => deviceView(d, ctx.head.alerts.isOnline(d.id))),
        hubLink: ctx.hubLink?.() ?? null,
      });
    },
  },
  'admin:save-office': {
    roles: HEAD,
    async run(ctx, { requestId, config }) {
      const problem = checkConfig(config);
      if (problem !== null) return fail(problem);
      const before = ctx.settings.data.office;
      const q = ctx.office.queue;
      // An open day follows at once (journaled); a closed day keeps its set-up, the next opens with this one.
      if (q.day !== null && q.closedAt === null) {
        const applied = await ctx.office.run(
          { type: 'set-config', config },
          { actorId: actorOf(ctx).id, requestId },
          () => null,
        );
        if (!applied.ok) return applied;
      }
      const summary = describeChange(before, config);
      await ctx.settings.update((s) => void (s.office = config));
      await audited(ctx, 'office', summary);
      ctx.head.broadcastSnapshot();
      return ok(null);
    },
  },
  'admin:save-content': {
    roles: HEAD,
    async run(ctx, { content }) {
      const summary = describeChange(ctx.settings.data.content, content);
      await ctx.settings.update((s) => void (s.content = content));
      await audited(ctx, 'content', summary);
      ctx.head.broadcastSnapshot();
      return ok(null);
    },
  },
  'admin:save-user': {
    roles: HEAD,
    async run(ctx, { id, password, ...fields }) {
      const users = ctx.settings.data.users;
      const existing = id === null ? undefined : users.find((u) => u.id === id);
      if (id !== null && !existing) return fail('invalid_payload');
      if (users.some((u) => u.username === fields.username && u.id !== id)) return fail('invalid_payload');
      if (!existing && password === null) return fail('invalid_payload');
      // The last active head cannot lock everyone out of the setup.
      const heads = users.filter((u) => u.role === 'head' && u.active && u.id !== id);
      if (existing?.role === 'head' && (fields.role !== 'head' || !fields.active) && heads.length === 0) {
        return fail('forbidden');
      }
      const passwordHash =
        password === null ? (existing?.passwordHash ?? '') : await ctx.access.hashPassword(password);
      if (passwordHash === null) return fail('rate_limited');
      const userId = existing?.id ?? `user-${Date.now().toString(36)}-${users.length + 1}`;
      const next: StoredUser = { id: userId, ...fields, passwordHash };
      const summary = `${fields.username}: ${existing ? describeChange(userView(existing), userView(next)) : 'added'}${password !== null && existing ? ', password' : ''}`;
      // A deactivated user's sessions and every token made with the old password end in the same write
      // as the change, so no command slips in between; the head changing their own password keeps the
      // screen they did it from.
      const endSessions = existing !== undefined && (!next.active || password !== null);
      const own = actorOf(ctx).id === userId && next.active ? ctx.socket.data.token : null;
      const kept = own === null ? null : hashToken(own);
      await ctx.settings.update((s) => {
        const i = s.users.findIndex((u) => u.id === userId);
        if (i === -1) s.users.push(next);
        else s.users[i] = next;
        if (endSessions) s.sessions = s.sessions.filter((x) => x.userId !== userId || x.tokenHash === kept);
      });
      // Live sockets of this user follow before the head hears "saved": ended ones hang up, the others
      // get the new role and desks.
      if (existing) ctx.sessions.refresh(userId, 'revoked');
      if (existing) await releaseDesks(ctx, next, actorOf(ctx).id);
      await audited(ctx, 'user', summary);
      return ok({ id: userId });
    },
  },
  'admin:device-update': {
    roles: HEAD,
    async run(ctx, { deviceId, ...change }) {
      const device = ctx.settings.data.devices.find((d) => d.id === deviceId);
      if (!device) return fail('invalid_payload');
      const next = { ...device, ...change };
      const summary = `${device.name}: ${describeChange(deviceView(device, false), deviceView(next, false))}`;
      await ctx.settings.update((s) => {
        const d = s.devices.find((x) => x.id === deviceId);
        if (d) Object.assign(d, change);
      });
      // A revoked device hangs up on every socket, a renamed one gets its new name, before the answer.
      ctx.sessions.refresh(deviceId, 'revoked');
      if (!next.revoked) {
        // The device's own settings (printer, scope) arrive with a fresh session:started.
        for (const socket of await ctx.socket.nsp.in(actorRoom(deviceId)).fetchSockets()) {
          socket.emit('session:started', socket.data.actor, { printer: next.printer, scope: next.scope });
        }
      }
      await audited(ctx, 'device', summary);
      return ok(null);
    },
  },
  'admin:audit': {
    roles: HEAD,
    run: async (ctx, { limit }) => ok(await ctx.head.audit.list(limit)),
  },
  'admin:alerts': {
    roles: HEAD,
    run: (ctx) => ok(ctx.head.alerts.list()),
  },
} satisfies Partial<HandlerTable>;

function userView(u: StoredUser): UserView {
  return { id: u.id, username: u.username, name: u.name, role: u.role, deskIds: u.deskIds, active: u.active };
}

function deviceView(
  d: { id: string; kind: 'kiosk' | 'display'; name: string; pairedAt: number; revoked: boolean } & Pick<
    DeviceView,
    'printer' | 'scope'
  >,
  online: boolean,
): DeviceView {
  const { id, kind, name, pairedAt, revoked, printer, scope } = d;
  return { id, kind, name, pairedAt, revoked, online, printer, scope };
}
