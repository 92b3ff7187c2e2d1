// The regional page and its data. The page is public (it holds nothing); the data needs a viewer's key,
// and a district viewer's answer is cut to their district here, on the server.
import { z } from 'zod';
import { HttpRefusal } from '../http/http-errors.js';
import type { HubContext, HubRoutes } from './hub-app.js';
import { regionPageHtml } from './page/region-page.js';
import { PERIODS_SCRIPT } from './page/region-periods-script.js';
import { REGION_SCRIPT } from './page/region-script.js';
import { REGION_LANGS } from './page/region-strings.js';
import { regionLive } from './region-live.js';
import { viewerForKey } from './viewers.js';

// Any other language asked for gets the page in Kazakh rather than an error.
const PageQuery = z.object({ lang: z.string().max(10).optional() });
const pageLang = (asked: string | undefined) => REGION_LANGS.find((l) => l === asked) ?? 'kk';

export function regionRoutes(app: HubRoutes, ctx: HubContext): void {
  app.get('/', { schema: { querystring: PageQuery } }, async (request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        "default-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      )
      .send(regionPageHtml(pageLang(request.query.lang))),
  );
  app.get('/region.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(REGION_SCRIPT),
  );
  app.get('/region-periods.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(PERIODS_SCRIPT),
  );
  app.get('/api/region/live', async (request, reply) => {
    const key = /^Bearer ([A-Za-z0-9._-]{1,200})$/.exec(request.headers.authorization ?? '')?.[1];
    const viewer = key ? await viewerForKey(ctx.db, key) : null;
    if (!viewer) throw new HttpRefusal(401, 'unauthorized');
    void reply.header('cache-control', 'no-store');
    return {
      now: ctx.clock(),
      viewer: { district: viewer.district },
      offices: await regionLive(ctx.db, viewer),
    };
  });
}
