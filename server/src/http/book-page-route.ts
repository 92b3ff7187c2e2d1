// /book: the residents' booking page (kiosk/dist/book.html, no login), and /book/qr/<code>, a booking
// code drawn as a QR code. The QR holds the bare code, so the kiosk's USB scanner, which types what it
// reads and then Enter, checks the visitor in without a touch. Drawing a code reveals nothing: the
// route never looks the booking up, so it answers the same for a real code and an invented one.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { qrSvg } from '../printing/qr.js';
import type { HttpDeps, Routes } from './http-app.js';

/** Letters, digits and a dash: any booking code, nothing that could become markup. */
const params = z.object({ code: z.string().regex(/^[A-Za-z0-9-]{4,32}$/) });

export function bookPageRoutes(app: Routes, deps: Pick<HttpDeps, 'appsDir'>): void {
  app.get('/book', async (_request, reply) => {
    const html = await readFile(join(deps.appsDir, 'kiosk', 'dist', 'book.html')).catch(() => null);
    if (!html) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The booking page is not built yet: run "npm run build".');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
  app.get('/book/qr/:code', { schema: { params } }, async (request, reply) =>
    reply
      .type('image/svg+xml')
      .header('cache-control', 'private, max-age=3600')
      .send(qrSvg(request.params.code.toUpperCase())),
  );
}
