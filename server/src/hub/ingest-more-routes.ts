// The offices' side of the hub beyond the day journal: the case journal and documents. As with the
// day route, the office is the one its key names, and the key is checked before the body is read.
import type { FastifyRequest } from 'fastify';
import { HttpRefusal } from '../http/http-errors.js';
import type { HubContext, HubRoutes } from './hub-app.js';
import { ingestCases, ingestDocuments } from './ingest-cases.js';
import { authorise } from './ingest-routes.js';
import { CaseBatch, DocumentBatch, MAX_CASE_BATCH_BYTES } from './wire-more.js';

export function ingestMoreRoutes(app: HubRoutes, ctx: HubContext): void {
  const offices = new WeakMap<object, string>();
  const onRequest = async (request: FastifyRequest) => {
    offices.set(request, await authorise(ctx, request.headers.authorization));
  };
  const officeOf = (request: FastifyRequest): string => {
    const id = offices.get(request);
    if (id === undefined) throw new HttpRefusal(401, 'unauthorized');
    return id;
  };

  app.post(
    '/api/hub/cases',
    { schema: { body: CaseBatch }, bodyLimit: MAX_CASE_BATCH_BYTES, onRequest },
    async (request) => ingestCases(ctx.db, officeOf(request), request.body, ctx.clock()),
  );
  // Settings and a big centre's day summary can pass the day batches' 4 MB each.
  app.post(
    '/api/hub/documents',
    { schema: { body: DocumentBatch }, bodyLimit: MAX_CASE_BATCH_BYTES, onRequest },
    async (request) => ingestDocuments(ctx.db, officeOf(request), request.body, ctx.clock()),
  );
}
