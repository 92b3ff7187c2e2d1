// The phone side of a ticket: /t/<code> serves the status page, GET /api/tickets/<code> its data,
// POST /api/tickets/<code>/rating the visitor's stars, /api/tickets/<code>/qr.svg the code for screens,
// /api/tickets/<code>/escpos the printed ticket's bytes for a kiosk's own printer.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { findByCode, issuedTicket } from '@kezek/shared';
import { qrSvg } from '../printing/qr.js';
import { publicBaseUrl, statusUrl } from '../printing/status-url.js';
import { issuedTicketBytes } from '../printing/ticket-job.js';
import type { HttpDeps, Routes } from './http-app.js';
import { HttpRefusal } from './http-errors.js';
import { ticketStatusView } from './ticket-status.js';

/** Codes are the queue's ids: letters and digits. Anything else is not a code. */
const code = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{4,64}$/) });
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

const unknownTicket = () => new HttpRefusal(404, 'unknown_ticket');

export function ticketRoutes(app: Routes, deps: HttpDeps): void {
  app.get('/t/:code', async (_request, reply) => {
    const html = await readFile(join(deps.appsDir, 'kiosk', 'dist', 'status.html')).catch(() => null);
    if (!html) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The status page is not built yet: run "npm run build".');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });

  app.get('/api/tickets/:code', { schema: { params: code } }, async (request, reply) => {
    const view = ticketStatusView(deps.office.queue, request.params.code, Date.now());
    if (!view) throw unknownTicket();
    return reply.header('cache-control', 'no-store').send(view);
  });

  app.get('/api/tickets/:code/qr.svg', { schema: { params: code } }, async (request, reply) => {
    if (!findByCode(deps.office.queue, request.params.code)) throw unknownTicket();
    const base = publicBaseUrl(request.socket.localPort ?? 0);
    return reply
      .type('image/svg+xml')
      .header('cache-control', 'no-store')
      .send(qrSvg(statusUrl(base, request.params.code)));
  });

  // The code is the ticket's secret (the same as its status page), and the bytes say no more than the
  // paper the visitor already holds.
  app.get(
    '/api/tickets/:code/escpos',
    { schema: { params: code, querystring: z.object({ width: z.enum(['58', '80']).default('80') }) } },
    async (request, reply) => {
      const state = deps.office.queue;
      const ticket = findByCode(state, request.params.code);
      if (!ticket) throw unknownTicket();
      const issued = issuedTicket(state, ticket, Date.now());
      const paper = request.query.width === '58' ? 58 : 80;
      const base = publicBaseUrl(request.socket.localPort ?? 0);
      const bytes = await issuedTicketBytes(state.config, deps.content(), issued, base, paper);
      return reply.type('application/octet-stream').header('cache-control', 'no-store').send(bytes);
    },
  );

  app.post(
    '/api/tickets/:code/rating',
    { bodyLimit: RATING_BODY_BYTES, schema: { params: code, body: ratingSchema } },
    async (request, reply) => {
      const found = findByCode(deps.office.queue, request.params.code);
      if (!found) throw unknownTicket();
      const { stars, comment } = request.body;
      const result = await deps.office.run(
        { type: 'rate', ticketId: found.id, stars, comment },
        { actorId: `visitor:${request.params.code}`, requestId: null },
        () => null,
      );
      if (!result.ok) throw new HttpRefusal(result.error === 'storage_failed' ? 503 : 409, result.error);
      return reply.header('cache-control', 'no-store').send({ ok: true });
    },
  );
}
