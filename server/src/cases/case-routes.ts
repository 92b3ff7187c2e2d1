// The visitor's side of a case as Fastify routes, ready for the HTTP layer's route table (one line in
// http-app.ts: `caseRoutes(routes, { cases: deps.cases, appsDir: deps.appsDir, ... })`):
//   GET /c/:code                the status page (kiosk/dist/case.html)
//   GET /api/cases/:code        the case's public view, or 404 unknown_case
//   GET /api/cases/:code/qr.svg the status address as a QR code
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OfficeConfig } from '@kezek/shared';
import { publicBaseUrl } from '../printing/status-url.js';
import { caseQrAnswer, casePage, caseStatusAnswer, type HttpAnswer } from './case-http.js';
import type { CaseStore } from './case-store.js';

export interface CaseRoutesDeps {
  cases: CaseStore;
  appsDir: string;
  config: () => OfficeConfig;
  clock: () => number;
}

const params = z.object({ code: z.string().max(64) });

const send = (reply: FastifyReply, a: HttpAnswer) =>
  reply.code(a.status).type(a.contentType).header('cache-control', 'no-store').send(a.body);

export function caseRoutes(app: FastifyInstance, deps: CaseRoutesDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get('/c/:code', async (_request, reply) => send(reply, await casePage(deps.appsDir)));
  routes.get('/api/cases/:code', { schema: { params } }, async (request, reply) =>
    send(reply, await caseStatusAnswer(deps.cases, deps.config(), request.params.code, deps.clock())),
  );
  routes.get('/api/cases/:code/qr.svg', { schema: { params } }, async (request, reply) => {
    const base = publicBaseUrl(request.socket.localPort ?? 0);
    return send(reply, await caseQrAnswer(deps.cases, request.params.code, base));
  });
}
