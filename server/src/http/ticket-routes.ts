// The phone side of a ticket: /t/<code> serves the status page, GET /api/tickets/<code> its data,
// POST /api/tickets/<code>/rating the visitor's stars, /api/tickets/<code>/qr.svg the code for screens.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import { findByCode, type OfficeContent } from '@kezek/shared';
import type { Office } from '../office/office.js';
import { qrSvg } from '../printing/qr.js';
import { publicBaseUrl, statusUrl } from '../printing/status-url.js';
import { readBody } from './read-body.js';
import { ticketEscpos } from './ticket-escpos.js';
import { ticketStatusView } from './ticket-status.js';

export interface TicketRoutesDeps {
  office: Office;
  appsDir: string;
  /** The office's texts for printed tickets (/escpos); without it that route answers 404. */
  content?: () => OfficeContent;
}

/** Codes are the queue's ids: letters and digits. Anything else is not a code. */
const CODE = /^[A-Za-z0-9_-]{4,64}$/;
const RATING_BODY_BYTES = 2048;

const ratingSchema = z.strictObject({
  stars: z.number().int().min(1).max(5),
  comment: z
    .string()
    .max(500)
    .nullable()
    .default(null)
    .transform((c) => (c && c.trim() ? c.trim() : null)),
});

/** Answers the request when it is one of these routes; false leaves it to the other routes. */
export function ticketRoutes(deps: TicketRoutesDeps, req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://kezek.local');
  const page = /^\/t\/([^/]+)$/.exec(url.pathname);
  if (page) {
    void statusPage(deps, res);
    return true;
  }
  const api = /^\/api\/tickets\/([^/]+)(\/rating|\/qr\.svg|\/escpos)?$/.exec(url.pathname);
  if (!api) return false;
  const code = decodeURIComponent(api[1] ?? '');
  if (!CODE.test(code)) return json(res, 404, { error: 'unknown_ticket' });
  if (api[2] === '/rating') {
    if (req.method !== 'POST') return json(res, 405, { error: 'method_not_allowed' });
    void rate(deps, req, res, code);
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method_not_allowed' });
  if (api[2] === '/escpos' && deps.content) {
    const port = req.socket.localPort ?? 0;
    ticketEscpos(deps.office, deps.content(), code, url.searchParams.get('width'), port, res).catch(() =>
      json(res, 500, { error: 'internal' }),
    );
    return true;
  }
  const view = ticketStatusView(deps.office.queue, code, Date.now());
  if (!view) return json(res, 404, { error: 'unknown_ticket' });
  if (api[2] === '/qr.svg') {
    const base = publicBaseUrl(req.socket.localPort ?? 0);
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
    res.end(qrSvg(statusUrl(base, code)));
    return true;
  }
  return json(res, 200, view);
}

async function rate(deps: TicketRoutesDeps, req: IncomingMessage, res: ServerResponse, code: string) {
  const body = await readBody(req, RATING_BODY_BYTES);
  if (body === 'too_large') return json(res, 413, { error: 'invalid_payload' });
  const parsed = ratingSchema.safeParse(safeJson(body));
  if (!parsed.success) return json(res, 400, { error: 'invalid_payload' });
  const found = findByCode(deps.office.queue, code);
  if (!found) return json(res, 404, { error: 'unknown_ticket' });
  const { stars, comment } = parsed.data;
  const result = await deps.office.run(
    { type: 'rate', ticketId: found.id, stars, comment },
    { actorId: `visitor:${code}`, requestId: null },
    () => null,
  );
  if (!result.ok) return json(res, result.error === 'storage_failed' ? 503 : 409, { error: result.error });
  json(res, 200, { ok: true });
}

async function statusPage(deps: TicketRoutesDeps, res: ServerResponse) {
  try {
    const html = await readFile(join(deps.appsDir, 'kiosk', 'dist', 'status.html'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  } catch {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The status page is not built yet: run "npm run build".');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}
