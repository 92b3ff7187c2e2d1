// The head's HTTP routes for the hub link (Authorization: Bearer <session token>, head only):
//   GET    /api/hub-link   where the office forwards, what the set-up holds, and the link's status
//   PUT    /api/hub-link   {url, key}: save and (unless the start command set the link) reconnect
//   DELETE /api/hub-link   forget the saved link and stop forwarding (same condition)
// The key goes in and never comes back out: answers carry only the office id it names.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access } from '../auth/access.js';
import { requireHead } from '../http/head-auth.js';
import { HttpRefusal } from '../http/http-errors.js';
import { HubTarget } from './link-config.js';
import type { HubLinkControl } from './link-control.js';

export interface HubLinkRoutesDeps {
  access: Access;
  /** Absent in tests and set-ups without a data folder: the routes answer 404. */
  hubLinkControl?: HubLinkControl;
}

export function hubLinkRoutes(app: FastifyInstance, deps: HubLinkRoutesDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const control = (): HubLinkControl => {
    if (!deps.hubLinkControl) throw new HttpRefusal(404, 'not_found');
    return deps.hubLinkControl;
  };
  const noStore = { 'cache-control': 'no-store' };
  // The head is checked before the body is read: a stranger learns nothing from a validation answer.
  const onRequest = async (request: FastifyRequest) => void requireHead(request, deps.access);
  routes.get('/api/hub-link', { onRequest }, async (_request, reply) =>
    reply.headers(noStore).send(control().view()),
  );
  routes.put('/api/hub-link', { onRequest, schema: { body: HubTarget } }, async (request, reply) =>
    reply.headers(noStore).send(await control().set(request.body)),
  );
  routes.delete('/api/hub-link', { onRequest }, async (_request, reply) =>
    reply.headers(noStore).send(await control().clear()),
  );
}
