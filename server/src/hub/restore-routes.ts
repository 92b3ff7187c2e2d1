// Reading an office's data back, for an off-site rebuild of its data folder (server/src/hub-restore/).
// Authorised by the office's own key, and every query is cut to the office that key names: an office
// reads back only its own journals, cases and documents.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpRefusal } from '../http/http-errors.js';
import type { HubContext, HubRoutes } from './hub-app.js';
import { authorise } from './ingest-routes.js';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const EntriesQuery = z.object({
  day: Day,
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(5000),
});
const CasesQuery = z.object({
  after: z.string().max(100).default(''),
  limit: z.coerce.number().int().min(1).max(2000).default(1000),
});

export function restoreRoutes(app: HubRoutes, ctx: HubContext): void {
  const offices = new WeakMap<object, string>();
  const onRequest = async (request: FastifyRequest) => {
    offices.set(request, await authorise(ctx, request.headers.authorization));
  };
  const officeOf = (request: FastifyRequest): string => {
    const id = offices.get(request);
    if (id === undefined) throw new HttpRefusal(401, 'unauthorized');
    return id;
  };

  app.get('/api/hub/restore/days', { onRequest }, async (request) => {
    const days = await ctx.db.query<{ day: string; stored_seq: number; closed_at: number | null }>(
      'SELECT day, stored_seq, closed_at FROM office_days WHERE office_id = $1 ORDER BY day',
      [officeOf(request)],
    );
    return { days: days.map((d) => ({ day: d.day, storedSeq: d.stored_seq, closed: d.closed_at !== null })) };
  });

  // Only what the hub holds without a gap: an entry past a gap was never acknowledged to the office.
  app.get(
    '/api/hub/restore/entries',
    { onRequest, schema: { querystring: EntriesQuery } },
    async (request) => {
      const { day, after, limit } = request.query;
      const rows = await ctx.db.query<{ entry: unknown }>(
        `SELECT r.entry FROM raw_entries r JOIN office_days d ON d.office_id = r.office_id AND d.day = r.day
       WHERE r.office_id = $1 AND r.day = $2 AND r.seq > $3 AND r.seq <= d.stored_seq
       ORDER BY r.seq LIMIT $4`,
        [officeOf(request), day, after, limit],
      );
      return { entries: rows.map((r) => r.entry) };
    },
  );

  app.get('/api/hub/restore/cases', { onRequest, schema: { querystring: CasesQuery } }, async (request) => {
    const officeId = officeOf(request);
    const { after, limit } = request.query;
    const rows = await ctx.db.query<{ data: unknown }>(
      'SELECT data FROM cases WHERE office_id = $1 AND case_id > $2 ORDER BY case_id LIMIT $3',
      [officeId, after, limit],
    );
    const counters = await ctx.db.query<{ key: string; seq: number }>(
      'SELECT key, seq FROM case_counters WHERE office_id = $1',
      [officeId],
    );
    return {
      cases: rows.map((r) => r.data),
      counters: Object.fromEntries(counters.map((c) => [c.key, c.seq])),
    };
  });

  app.get('/api/hub/restore/documents', { onRequest }, async (request) => {
    const rows = await ctx.db.query<{ kind: string; key: string; taken_at: number; body: unknown }>(
      `SELECT kind, key, taken_at, body FROM office_documents
       WHERE office_id = $1 AND kind IN ('settings', 'numbers') ORDER BY kind, key`,
      [officeOf(request)],
    );
    return { documents: rows.map((r) => ({ kind: r.kind, key: r.key, takenAt: r.taken_at, body: r.body })) };
  });
}
