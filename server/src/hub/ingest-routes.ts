// The offices' side of the hub: health for monitoring, and the batch an office forwards. The office
// is the one its key names; nothing in the body can make it write another.
import { HttpRefusal } from '../http/http-errors.js';
import type { HubContext, HubRoutes } from './hub-app.js';
import { ClientGone, ingestBatch } from './ingest.js';
import { officeForKey } from './office-keys.js';
import { HubBatch } from './wire.js';

export function ingestRoutes(app: HubRoutes, ctx: HubContext): void {
  app.get('/api/health', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    let offices: number;
    try {
      const [row] = await ctx.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM offices');
      offices = row?.n ?? 0;
    } catch (err) {
      ctx.log.warn({ err }, 'hub: database unreachable');
      return reply.code(503).send({ status: 'unavailable', database: ctx.db.kind });
    }
    return {
      status: 'ok',
      version: ctx.version,
      database: ctx.db.kind,
      offices,
      uptimeSec: Math.round((ctx.clock() - ctx.startedAt) / 1000),
    };
  });

  // The key is checked before the body is read: a stranger's megabytes are never parsed.
  const offices = new WeakMap<object, string>();
  // Batches past the limit would only queue for the database's connections, longer than the offices
  // wait: they are turned away at once, before their body is read, and the offices back off.
  let inFlight = 0;
  const busy = (reply: { header(name: string, value: string): unknown }) => {
    reply.header('retry-after', String(RETRY_AFTER_SEC));
    // Turned away before its body was read, the connection cannot carry another request.
    reply.header('connection', 'close');
    return new HttpRefusal(503, 'rate_limited');
  };
  app.post(
    '/api/hub/entries',
    {
      schema: { body: HubBatch },
      onRequest: async (request, reply) => {
        if (inFlight >= ctx.ingestLimit) throw busy(reply);
        offices.set(request, await authorise(ctx, request.headers.authorization));
      },
    },
    async (request, reply) => {
      const officeId = offices.get(request);
      if (officeId === undefined) throw new HttpRefusal(401, 'unauthorized');
      if (inFlight >= ctx.ingestLimit) throw busy(reply);
      const wanted = () => !request.raw.socket.destroyed;
      if (!wanted()) throw new HttpRefusal(503, 'rate_limited');
      inFlight += 1;
      try {
        const ack = await ingestBatch(ctx.db, ctx.projector, officeId, request.body, ctx.clock(), wanted);
        ctx.live.officeStored(officeId);
        return ack;
      } catch (error) {
        // Nobody reads the answer; the office sends the batch again after its back-off.
        if (error instanceof ClientGone) throw new HttpRefusal(503, 'rate_limited');
        throw error;
      } finally {
        inFlight -= 1;
      }
    },
  );
}

/** What a turned-away office is told to wait; its own back-off decides, this is advice. */
const RETRY_AFTER_SEC = 1;

/** The office a request's key names; refuses with 401 otherwise. */
export async function authorise(ctx: HubContext, header: string | undefined): Promise<string> {
  const key = /^Bearer ([A-Za-z0-9._-]{1,200})$/.exec(header ?? '')?.[1];
  const officeId = key ? await officeForKey(ctx.db, key) : null;
  if (!officeId) throw new HttpRefusal(401, 'unauthorized');
  return officeId;
}
