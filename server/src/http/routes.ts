// Plain HTTP beside Socket.IO: the built apps, the health check and a start page.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import type { OfficeContent } from '@kezek/shared';
import type { Office } from '../office/office.js';
import { ticketRoutes } from './ticket-routes.js';
import type { MediaRoutes } from './media-routes.js';
import { runtimeStats } from './runtime-stats.js';

export const APPS = ['kiosk', 'display', 'operator'] as const;

export interface RoutesDeps {
  office: Office;
  appsDir: string;
  version: string;
  startedAt: number;
  /** /voice and /media (issue 4). */
  media?: MediaRoutes;
  /** /api/reports and /api/backup for the head (issue 6); true when it answered. */
  head?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** The office's ticket texts, for tickets a kiosk prints on its own printer. */
  content?: () => OfficeContent;
  /** GET /api/state, the head's diagnostic dump of the queue state (issue 7). */
  state?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createRoutes(deps: RoutesDeps): Handler {
  const statics = new Map<string, Handler>();
  for (const app of APPS) {
    const dir = join(deps.appsDir, app, 'dist');
    if (existsSync(dir)) statics.set(app, sirv(dir, { single: true, etag: true, gzip: false }));
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://kezek.local');
    if (url.pathname === '/api/health') return json(res, 200, health(deps));
    if (url.pathname === '/') return startPage(res);
    if (ticketRoutes(deps, req, res)) return;
    if (deps.media?.(req, res)) return;
    if (deps.head?.(req, res)) return;
    if (deps.state?.(req, res)) return;
    const [, app] = url.pathname.split('/');
    if (app && (APPS as readonly string[]).includes(app)) {
      if (url.pathname === `/${app}`) return redirect(res, `/${app}/`);
      const serve = statics.get(app);
      if (!serve) return text(res, 503, `The ${app} app is not built yet: run "npm run build".`);
      req.url = req.url?.slice(app.length + 1) || '/';
      return serve(req, res);
    }
    return json(res, 404, { error: 'not_found' });
  };
}

function health({ office, version, startedAt }: RoutesDeps) {
  const q = office.queue;
  return {
    status: 'ok',
    version,
    day: q.day,
    dayClosed: q.closedAt !== null,
    ticketsToday: Object.keys(q.tickets).length,
    waiting: q.activeIds.length,
    uptimeSec: Math.round((Date.now() - startedAt) / 1000),
    ...runtimeStats(),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}

function startPage(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="kk"><meta charset="utf-8"><title>Kezek</title>
<body style="font:20px system-ui;margin:3em"><h1>Кезек · Kezek</h1><ul>
<li><a href="/kiosk/">Киоск · Киоск · Kiosk</a></li>
<li><a href="/display/">Табло · Табло · Hall display</a></li>
<li><a href="/operator/">Маман · Оператор · Operator desk</a></li>
<li><a href="/api/health">/api/health</a></li></ul></body></html>`);
}
