// The office's HTTP surface as one declared route table on Fastify: every route below goes through the
// same error boundary (http-errors.ts), so no request, however malformed, can throw out of the server.
// Socket.IO is attached to the same node server by app.ts.
import { createServer as createHttpsServer } from 'node:https';
import type { Server as HttpServer } from 'node:http';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { CONTENT_SECURITY_POLICY, CSP_HEADER, type OfficeContent } from '@kezek/shared';
import type { Access } from '../auth/access.js';
import type { SettingsPort } from '../auth/settings-port.js';
import type { HeadServices } from '../audit/head-services.js';
import { bookingRoutes } from '../bookings/booking-routes.js';
import type { BookingService } from '../bookings/booking-service.js';
import { caseRoutes } from '../cases/case-routes.js';
import type { CaseStore } from '../cases/case-store.js';
import type { HubLinkControl } from '../hub-link/link-control.js';
import { hubLinkRoutes } from '../hub-link/link-routes.js';
import type { HubLinkStatus } from '../hub-link/link-status.js';
import type { DayStore } from '../office/day-store.js';
import type { Office } from '../office/office.js';
import { appRoutes } from './app-routes.js';
import { backupRoute } from './backup-route.js';
import { bookPageRoutes } from './book-page-route.js';
import { installErrorBoundary } from './http-errors.js';
import { healthRoutes } from './health-routes.js';
import { mediaAdminRoutes } from './media-admin.js';
import { mediaRoutes } from './media-routes.js';
import { openRoutes } from './open-routes.js';
import { reportRoutes } from './report-routes.js';
import { restoreRoutes } from './restore-route.js';
import { stateRoute } from './state-route.js';
import { ticketRoutes } from './ticket-routes.js';

export type KezekHttp = FastifyInstance;
/** A route scope whose schemas are zod: the handlers see the parsed, typed request. */
export type Routes = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface HttpDeps {
  office: Office;
  access: Access;
  settings: SettingsPort;
  store: DayStore;
  clock: () => number;
  appsDir: string;
  /** null serves the default voice only and answers 404 to what needs files (media, backup). */
  dataDir: string | null;
  version: string;
  startedAt: number;
  content: () => OfficeContent;
  /** Follow-up cases, for the visitor's /c/<code> page. */
  cases: CaseStore;
  /** Bookings, for the public /api/book routes. */
  bookings: BookingService;
  /** The head's services are made after the HTTP server; routes read them per request. */
  headServices: () => HeadServices;
  /** The region hub link, when the office forwards to one: shown in /api/health. */
  hubLink?: () => HubLinkStatus | null;
  /** The head's set-up of the hub link (GET/PUT/DELETE /api/hub-link). */
  hubLinkControl?: HubLinkControl;
  /** Called with what the boundary caught, for the log (never sent to the client). */
  onInternalError: (error: unknown, method: string, url: string) => void;
  /** Tests make it small. */
  restoreMaxBytes?: number;
  /** Serve HTTPS with this key and certificate instead of plain HTTP. */
  tls?: { key: string; cert: string };
  /** Proxies whose X-Forwarded-For names the client (`request.ip`); none by default. */
  trustProxy?: string[];
}

/** JSON bodies are a rating or a small form; uploads (media, restore) stream past this with their own caps. */
const BODY_LIMIT = 16 * 1024;

export async function createHttp(deps: HttpDeps): Promise<KezekHttp> {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    // A path segment longer than this is no code or file name of ours.
    routerOptions: { maxParamLength: 200, ignoreDuplicateSlashes: false },
    // Fastify answers malformed request lines itself; this caps how long a slow client may hold a socket
    // while sending its headers.
    requestTimeout: 60_000,
    // Behind no proxy unless the office names its proxies: then `request.ip` is the client they forward
    // for, and anyone else's header is ignored (docs/deploy.md, security).
    trustProxy: deps.trustProxy ?? false,
    return503OnClosing: true,
    // HTTPS through a server of our own making: Fastify's routes and Socket.IO do not care which it is.
    ...(deps.tls
      ? {
          serverFactory: (handler: Parameters<typeof createHttpsServer>[1]) =>
            createHttpsServer({ key: deps.tls?.key, cert: deps.tls?.cert }, handler) as unknown as HttpServer,
        }
      : {}),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorBoundary(app, deps.onInternalError);
  app.addHook('onSend', async (_request, reply, payload) => {
    // Every answer: no type guessing, and a ticket's secret address never leaks in a Referer header.
    void reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    // Pages are ours only if they load from this server alone and no other site frames them.
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      void reply.header(CSP_HEADER, CONTENT_SECURITY_POLICY).header('x-frame-options', 'DENY');
    }
    return payload;
  });
  const routes = app.withTypeProvider<ZodTypeProvider>();
  healthRoutes(routes, deps);
  ticketRoutes(routes, deps);
  openRoutes(routes, deps);
  bookPageRoutes(routes, deps);
  caseRoutes(app, {
    cases: deps.cases,
    appsDir: deps.appsDir,
    config: () => deps.settings.data.office,
    clock: deps.clock,
  });
  bookingRoutes(app, { bookings: deps.bookings, settings: deps.settings, clock: deps.clock });
  reportRoutes(routes, deps);
  stateRoute(routes, deps);
  backupRoute(routes, deps);
  hubLinkRoutes(app, deps);
  await app.register(async (scope) => {
    // Uploads are streamed by their handlers, never buffered: this scope takes any body unread.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null));
    const raw = scope.withTypeProvider<ZodTypeProvider>();
    mediaAdminRoutes(raw, deps);
    restoreRoutes(raw, deps);
  });
  await mediaRoutes(app, deps);
  await appRoutes(app, deps);
  return app;
}
