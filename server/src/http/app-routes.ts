// The built apps (kiosk, display, operator) from their dist folders. Paths without a file extension fall
// back to the app's index.html, so a reload on any of the app's own addresses opens the app.
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from './http-app.js';

export const APPS = ['kiosk', 'display', 'operator'] as const;

export async function appRoutes(app: FastifyInstance, deps: Pick<HttpDeps, 'appsDir'>): Promise<void> {
  for (const name of APPS) {
    const dist = resolve(join(deps.appsDir, name, 'dist'));
    if (!existsSync(dist)) {
      const notBuilt = `The ${name} app is not built yet: run "npm run build".`;
      app.get(`/${name}`, async (_request, reply) => reply.code(503).type('text/plain').send(notBuilt));
      app.get(`/${name}/*`, async (_request, reply) => reply.code(503).type('text/plain').send(notBuilt));
      continue;
    }
    await app.register(
      async (scope) => {
        await scope.register(fastifyStatic, { root: dist, prefix: '/', redirect: true, etag: true });
        scope.setNotFoundHandler((request, reply) => {
          const path = request.url.split('?')[0] ?? '';
          if (request.method === 'GET' && extname(path) === '') return reply.sendFile('index.html');
          return reply.code(404).send({ error: 'not_found' });
        });
      },
      { prefix: `/${name}` },
    );
  }
}
