// The public side of bookings as Fastify routes (one line in http-app.ts). No login: the code is the
// only key to a booking, and each answer shows that one booking and only what its visitor gave.
//   GET  /api/book/options                     sectors and services that take bookings
//   GET  /api/book/slots?sector=&service=&day= the day's free slots with places left
//   POST /api/book                             books a slot -> the booking's public view and code
//   GET  /api/book/:code                       that booking
//   POST /api/book/:code/cancel                cancels it
// The /book page itself is served with the other apps.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  bookingOptions,
  bookingPublicView,
  bookingRequestSchema,
  codeParamsSchema,
  DEFAULT_BOOKING_SETTINGS,
  slotsQuerySchema,
  type Booking,
} from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import { normalAddress } from '../auth/address.js';
import { HttpRefusal } from '../http/http-errors.js';
import type { BookingService } from './booking-service.js';
import { BookingThrottle, type BookingLimits } from './booking-throttle.js';

export interface BookingRoutesDeps {
  bookings: BookingService;
  settings: SettingsPort;
  clock: () => number;
  limits?: BookingLimits;
}

const STATUS: Record<string, number> = {
  unknown_booking: 404,
  booking_not_active: 409,
  slot_full: 409,
  booking_limit: 409,
  storage_failed: 503,
  internal: 500,
};

const refuse = (code: string) => new HttpRefusal(STATUS[code] ?? 400, code);

export function bookingRoutes(app: FastifyInstance, deps: BookingRoutesDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const throttle = new BookingThrottle(deps.limits);
  // The client's address: the peer, or the client a trusted proxy forwards for (--trust-proxy).
  const address = (request: FastifyRequest) => normalAddress(request.ip);
  const reading = async (request: FastifyRequest) => {
    if (!throttle.read(address(request), deps.clock())) throw new HttpRefusal(429, 'rate_limited');
  };
  const byCode = async (request: FastifyRequest) => {
    if (!throttle.code(address(request), deps.clock())) throw new HttpRefusal(429, 'rate_limited');
  };
  const settings = () => deps.settings.data.bookings ?? DEFAULT_BOOKING_SETTINGS;
  const publicView = (b: Booking) =>
    bookingPublicView(b, deps.settings.data.office, settings(), deps.clock());

  routes.get('/api/book/options', { onRequest: reading }, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(bookingOptions(deps.settings.data.office, settings())),
  );

  routes.get(
    '/api/book/slots',
    { onRequest: reading, schema: { querystring: slotsQuerySchema } },
    async (request, reply) => {
      const q = request.query;
      return reply
        .header('cache-control', 'no-store')
        .send(deps.bookings.slots(q.sector, q.service ?? null, q.day, false));
    },
  );

  routes.post(
    '/api/book',
    { onRequest: byCode, schema: { body: bookingRequestSchema } },
    async (request, reply) => {
      const made = await deps.bookings.create(request.body, { kind: 'public' }, null);
      if (!made.ok) throw refuse(made.error);
      return reply.code(201).header('cache-control', 'no-store').send(publicView(made.data));
    },
  );

  routes.get(
    '/api/book/:code',
    { onRequest: byCode, schema: { params: codeParamsSchema } },
    async (request, reply) => {
      const b = deps.bookings.findByCode(request.params.code);
      if (!b) throw refuse('unknown_booking');
      return reply.header('cache-control', 'no-store').send(publicView(b));
    },
  );

  routes.post(
    '/api/book/:code/cancel',
    { onRequest: byCode, schema: { params: codeParamsSchema } },
    async (request, reply) => {
      const done = await deps.bookings.cancel(request.params.code, { kind: 'public' }, null, null);
      if (!done.ok) throw refuse(done.error);
      return reply.header('cache-control', 'no-store').send(publicView(done.data));
    },
  );
}
