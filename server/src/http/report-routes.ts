// GET /api/reports/daily?date=YYYY-MM-DD and /api/reports/range?from=…&to=… for the head: JSON by
// default, &format=csv or &format=xlsx to download; &lang=kk|ru|en, &sector=<id>, &fromTime=HH:MM,
// &toTime=HH:MM narrow it down.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { clockTimeSchema, isoDaySchema, LANGS, type Lang, type ReportFilter } from '@kezek/shared';
import { CSV_SEPARATORS, reportCsv } from '../reports/report-csv.js';
import { loadReport, rangeDays } from '../reports/report-source.js';
import { reportXlsx } from '../reports/report-xlsx.js';
import { requireHead } from './head-auth.js';
import type { HttpDeps, Routes } from './http-app.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const narrowing = {
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  /** CSV only: Excel in Kazakh and Russian locales expects semicolons; the default follows `lang`. */
  sep: z.enum(CSV_SEPARATORS).optional(),
  lang: z.enum(LANGS).default('kk'),
  sector: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/)
    .optional(),
  fromTime: clockTimeSchema.optional(),
  toTime: clockTimeSchema.optional(),
};
const daily = z.object({ date: isoDaySchema, ...narrowing });
const range = z
  .object({ from: isoDaySchema, to: isoDaySchema, ...narrowing })
  .refine((q) => rangeDays(q.from, q.to) !== null, 'reversed or longer than allowed');

type Narrowing = z.infer<z.ZodObject<typeof narrowing>>;

export function reportRoutes(app: Routes, deps: HttpDeps): void {
  app.get('/api/reports/daily', { schema: { querystring: daily } }, async (request, reply) => {
    requireHead(request, deps.access);
    return answer(deps, reply, request.query.date, request.query.date, request.query);
  });
  app.get('/api/reports/range', { schema: { querystring: range } }, async (request, reply) => {
    requireHead(request, deps.access);
    return answer(deps, reply, request.query.from, request.query.to, request.query);
  });
}

async function answer(deps: HttpDeps, reply: FastifyReply, from: string, to: string, q: Narrowing) {
  const filter: ReportFilter = {
    sectorId: q.sector ?? null,
    fromMin: q.fromTime ?? null,
    toMin: q.toTime ?? null,
  };
  const lang: Lang = q.lang;
  const report = await loadReport(deps, from, to, filter, lang);
  void reply.header('cache-control', 'no-store');
  if (q.format === 'json') return reply.send(report);
  const name = `kezek-report-${from === to ? from : `${from}_${to}`}`;
  const body =
    q.format === 'csv' ? Buffer.from(reportCsv(report, lang, q.sep), 'utf8') : await reportXlsx(report, lang);
  return reply
    .type(q.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${name}.${q.format}"`)
    .send(body);
}
