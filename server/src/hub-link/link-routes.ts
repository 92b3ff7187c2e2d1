// The head's HTTP routes for the hub link (Authorization: Bearer <session token>, head only):
//   GET    /api/hub-link   where the office forwards, what the set-up holds, and the link's status
//   PUT    /api/hub-link   {url, key}: save and (unless the start command set the link) reconnect
//   DELETE /api/hub-link   forget the saved link and stop forwarding (same condition)
// The key goes in and never comes back out: answers carry only the office id it names.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionUser } from '@kezek/shared';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access } from '../auth/access.js';
import type { HeadServices } from '../audit/head-services.js';
import { requireHead } from '../http/head-auth.js';
import { HttpRefusal } from '../http/http-errors.js';
import { HubTarget, keyHint } from './link-config.js';
import type { HubLinkControl } from './link-control.js';

export interface HubLinkRoutesDeps {
  access: Access;
  /** The audit log: who pointed the office at which hub, and when. */
  headServices: () => HeadServices;
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
  const heads = new WeakMap<object, SessionUser>();
  const onRequest = async (request: FastifyRequest) =>
    void heads.set(request, requireHead(request, deps.access));
  const audit = (request: FastifyRequest, summary: string) => {
    const head = heads.get(request);
    const services = deps.headServices();
    if (!head) return Promise.resolve();
    return services.audit.append({
      at: services.clock(),
      actorId: head.id,
      actorName: head.name,
      action: 'hub-link',
      summary,
    });
  };
  routes.get('/api/hub-link', { onRequest }, async (_request, reply) =>
    reply.headers(noStore).send(control().view()),
  );
  routes.put('/api/hub-link', { onRequest, schema: { body: HubTarget } }, async (request, reply) => {
    const view = await control().set(request.body);
    await audit(request, `forwards to ${request.body.url} as ${keyHint(request.body.key)}`);
    return reply.headers(noStore).send(view);
  });
  routes.delete('/api/hub-link', { onRequest }, async (request, reply) => {
    const view = await control().clear();
    await audit(request, 'hub link cleared');
    return reply.headers(noStore).send(view);
  });
}
