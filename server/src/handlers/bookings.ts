// Bookings on the socket: staff book callers and see their sectors' day, the head sets the rules, the
// kiosk checks visitors in. Who may see a booking's personal data is the service's canSeeBooking.
import {
  bookingView,
  DEFAULT_BOOKING_RULES,
  DEFAULT_BOOKING_SETTINGS,
  fail,
  ok,
  type BookingSettings,
} from '@kezek/shared';
import { actorOf, type HandlerContext } from './context.js';
import type { HandlerTable } from './define.js';

/** Rules only for services that exist: a key naming no sector or service is a typo, not a setting. */
function unknownKeys(ctx: HandlerContext, settings: BookingSettings): boolean {
  const keys = new Set<string>();
  for (const s of ctx.settings.data.office.sectors) {
    keys.add(s.id);
    for (const v of s.services) keys.add(`${s.id}/${v.id}`);
  }
  return Object.keys(settings.rules).some((k) => !keys.has(k));
}

export const bookingHandlers = {
  'booking:create': {
    roles: ['operator', 'head'],
    async run(ctx, { requestId, ...request }) {
      const actor = actorOf(ctx);
      const made = await ctx.bookings.create(request, { kind: 'staff', userId: actor.id }, requestId);
      return made.ok ? ok(bookingView(made.data)) : made;
    },
  },
  'booking:cancel': {
    roles: ['operator', 'head'],
    async run(ctx, { requestId, code }) {
      const actor = actorOf(ctx);
      const done = await ctx.bookings.cancel(code, { kind: 'staff', userId: actor.id }, actor, requestId);
      return done.ok ? ok(bookingView(done.data)) : done;
    },
  },
  'booking:list': {
    roles: ['operator', 'head'],
    run: (ctx, { day }) => ok(ctx.bookings.list(actorOf(ctx), day)),
  },
  'booking:slots': {
    roles: ['operator', 'head'],
    run: (ctx, { sectorId, serviceId, day }) => ok(ctx.bookings.slots(sectorId, serviceId, day, true)),
  },
  'booking:settings': {
    roles: ['head'],
    run: (ctx) =>
      ok({
        settings: ctx.settings.data.bookings ?? DEFAULT_BOOKING_SETTINGS,
        defaults: DEFAULT_BOOKING_RULES,
      }),
  },
  'booking:save-settings': {
    roles: ['head'],
    async run(ctx, { settings }) {
      if (unknownKeys(ctx, settings)) return fail('invalid_config');
      const saved: BookingSettings = {
        rules: settings.rules,
        ...(settings.iinEnabled ? { iinEnabled: true } : {}),
      };
      await ctx.settings.update((s) => void (s.bookings = saved));
      const actor = actorOf(ctx);
      const on = Object.entries(saved.rules)
        .filter(([, r]) => r.enabled)
        .map(([k]) => k);
      await ctx.head.audit.append({
        at: ctx.head.clock(),
        actorId: actor.id,
        actorName: actor.name,
        action: 'bookings',
        summary: on.length === 0 ? 'bookings off' : `bookings on for ${on.join(', ')}`,
      });
      return ok(null);
    },
  },
  'kiosk:check-in': {
    roles: ['kiosk'],
    run: (ctx, { requestId, code, lang }) => ctx.bookings.checkIn(actorOf(ctx), code, lang, requestId),
  },
} satisfies Partial<HandlerTable>;
