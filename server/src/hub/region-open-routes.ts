// /open and /api/open/region: the region's public figures, with no login, computed at most every 30
// seconds per period and order, so a poster's QR code scanned by a whole town costs one report a
// half-minute. Nothing in them needs a key: they hold only what region-open.ts lets out.
import { z } from 'zod';
import { Cached } from '../openness/open-cache.js';
import type { HubContext, HubRoutes } from './hub-app.js';
import { regionOpenHtml } from './page/region-open-page.js';
import { REGION_LANGS } from './page/region-strings.js';
import {
  OPEN_PERIODS,
  OPEN_SORTS,
  regionOpenView,
  type OpenPeriodName,
  type OpenSort,
  type RegionOpenView,
} from './region-open.js';

export const OPEN_TTL_MS = 30_000;

// Anything else asked for gets the defaults rather than an error: the links are typed by hand too.
const OpenQuery = z.object({
  lang: z.enum(REGION_LANGS).catch('kk'),
  period: z.enum(Object.keys(OPEN_PERIODS) as [OpenPeriodName, ...OpenPeriodName[]]).catch('month'),
  sort: z.enum(OPEN_SORTS).catch('norm'),
});

export function regionOpenRoutes(app: HubRoutes, ctx: HubContext): void {
  const caches = new Map<string, Cached<RegionOpenView>>();
  const view = (period: OpenPeriodName, sort: OpenSort) => {
    const id = `${period}/${sort}`;
    let cached = caches.get(id);
    if (!cached) {
      cached = new Cached(() => regionOpenView(ctx.db, period, sort, ctx.clock()), ctx.clock, OPEN_TTL_MS);
      caches.set(id, cached);
    }
    return cached.get();
  };
  app.get('/api/open/region', { schema: { querystring: OpenQuery } }, async (request, reply) => {
    const { period, sort } = request.query;
    return reply.header('cache-control', 'public, max-age=30').send(await view(period, sort));
  });
  app.get('/open', { schema: { querystring: OpenQuery } }, async (request, reply) => {
    const { lang, period, sort } = request.query;
    const data = await view(period, sort);
    // The order by cases is offered once the hub holds cases; until then every office has none.
    const casesKnown = data.total.casesOnTimePct !== null;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=30')
      .header(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      )
      .send(regionOpenHtml(data, lang, casesKnown));
  });
}
