// The hub's composition root: its database (already migrated) and a clock in, a Fastify app out, with
// every route behind the same error boundary as the office's HTTP surface.
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { installErrorBoundary } from '../http/http-errors.js';
import type { Logger } from '../logger.js';
import type { Db } from './db.js';
import { ingestRoutes } from './ingest-routes.js';
import { ingestMoreRoutes } from './ingest-more-routes.js';
import { Projector } from './projection.js';
import { startRegionPush, type RegionPush } from './region-push.js';
import { regionOpenRoutes } from './region-open-routes.js';
import { regionReportRoutes } from './region-report-routes.js';
import { regionRoutes } from './region-routes.js';
import { restoreRoutes } from './restore-routes.js';
import { MAX_BATCH_BYTES } from './wire.js';

export type HubRoutes = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface HubDeps {
  db: Db;
  log: Logger;
  version: string;
  clock?: () => number;
  /**
   * A postgres:// URL when several hub processes share one database: live updates then reach the
   * pages connected to any of them (region-push.ts). Unset with the embedded database.
   */
  broadcastDatabase?: string;
  /** Office batches stored at once; more are answered 503 at once. About twice the database pool. */
  ingestLimit?: number;
}

/** Twice the default pool of five connections: one batch working, one waiting, per connection. */
export const DEFAULT_INGEST_LIMIT = 10;

export interface HubContext extends Required<Omit<HubDeps, 'broadcastDatabase'>> {
  projector: Projector;
  startedAt: number;
  /** Tells the regional pages an office has new figures. */
  live: Pick<RegionPush, 'officeStored'>;
}

export interface Hub {
  http: FastifyInstance;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export async function createHub(deps: HubDeps): Promise<Hub> {
  const clock = deps.clock ?? Date.now;
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BATCH_BYTES,
    routerOptions: { maxParamLength: 200, ignoreDuplicateSlashes: false },
    requestTimeout: 60_000,
    trustProxy: false,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorBoundary(app, (err, method, url) =>
    deps.log.error({ err, method, url }, 'hub: request failed'),
  );
  const live = startRegionPush(app.server, deps.db, deps.log, {
    ...(deps.broadcastDatabase ? { adapterDatabase: deps.broadcastDatabase } : {}),
  });
  const ctx: HubContext = {
    ...deps,
    clock,
    ingestLimit: deps.ingestLimit ?? DEFAULT_INGEST_LIMIT,
    projector: new Projector(),
    startedAt: clock(),
    live,
  };
  const routes = app.withTypeProvider<ZodTypeProvider>();
  ingestRoutes(routes, ctx);
  ingestMoreRoutes(routes, ctx);
  restoreRoutes(routes, ctx);
  regionRoutes(routes, ctx);
  regionReportRoutes(routes, ctx);
  regionOpenRoutes(routes, ctx);
  await app.ready();
  return {
    http: app,
    async listen(port, host) {
      await app.listen({ port, host: host ?? '0.0.0.0' });
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    async close() {
      await live.close();
      await app.close();
    },
  };
}
