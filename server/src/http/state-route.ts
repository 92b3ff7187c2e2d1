// GET /api/state: the office's whole queue state as JSON, for the head's diagnostics and the fault suite,
// which compares the state before a kill -9 with the state replayed after it.
import { requireHead } from './head-auth.js';
import type { HttpDeps, Routes } from './http-app.js';

export function stateRoute(app: Routes, deps: HttpDeps): void {
  app.get('/api/state', async (request, reply) => {
    requireHead(request, deps.access);
    return reply
      .header('cache-control', 'no-store')
      .send({ rev: deps.office.revision, state: deps.office.queue });
  });
}
