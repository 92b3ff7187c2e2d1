// GET /api/health for monitoring, and the start page that links the three apps.
import type { HttpDeps, Routes } from './http-app.js';
import { runtimeStats } from './runtime-stats.js';

export function healthRoutes(app: Routes, deps: HttpDeps): void {
  app.get('/api/health', async (_request, reply) => {
    const q = deps.office.queue;
    void reply.header('cache-control', 'no-store');
    return {
      status: 'ok',
      version: deps.version,
      day: q.day,
      dayClosed: q.closedAt !== null,
      ticketsToday: Object.keys(q.tickets).length,
      waiting: q.activeIds.length,
      uptimeSec: Math.round((Date.now() - deps.startedAt) / 1000),
      ...runtimeStats(),
      hubLink: deps.hubLink?.() ?? null,
    };
  });
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(START_PAGE));
}

const START_PAGE = `<!doctype html><html lang="kk"><meta charset="utf-8"><title>Kezek</title>
<body style="font:20px system-ui;margin:3em"><h1>Кезек · Kezek</h1><ul>
<li><a href="/kiosk/">Киоск · Киоск · Kiosk</a></li>
<li><a href="/display/">Табло · Табло · Hall display</a></li>
<li><a href="/operator/">Маман · Оператор · Operator desk</a></li>
<li><a href="/api/health">/api/health</a></li></ul></body></html>`;
