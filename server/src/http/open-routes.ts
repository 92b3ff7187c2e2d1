// /open: the office's figures for anyone, no login (the QR code on the wall and on every ticket), and
// /api/open, what it shows. Served from a figure computed at most every few seconds, so a hall full of
// phones costs the office one report computation per interval, not one per phone.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenView } from '@kezek/shared';
import { Cached } from '../openness/open-cache.js';
import { openView, type PastDays } from '../openness/open-view.js';
import type { HttpDeps, Routes } from './http-app.js';

/** How stale the public figures may be; the hall display's own live counts are exact. */
export const OPEN_TTL_MS = 5000;

export function openRoutes(app: Routes, deps: HttpDeps): Cached<OpenView> {
  const pastDays: PastDays = new Map();
  const cached = new Cached(() => openView(deps, pastDays), deps.clock, OPEN_TTL_MS);
  app.get('/api/open', async (_request, reply) =>
    reply.header('cache-control', `public, max-age=${OPEN_TTL_MS / 1000}`).send(await cached.get()),
  );
  app.get('/open', async (_request, reply) => {
    const html = await readFile(join(deps.appsDir, 'kiosk', 'dist', 'open.html')).catch(() => null);
    if (!html) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The public page is not built yet: run "npm run build".');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
  return cached;
}
