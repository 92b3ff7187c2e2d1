// GET /api/reports/cases?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=json|csv|xlsx][&lang=kk|ru|en] for the
// head, with the session token like the visit reports: the case report of cases registered in the
// period, as JSON or as the same CSV and Excel files the head's cases tab downloads.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseReportCsv, isoDaySchema, LANGS } from '@kezek/shared';
import type { Access } from '../auth/access.js';
import type { SettingsPort } from '../auth/settings-port.js';
import { requireHead } from '../http/head-auth.js';
import { loadCaseReport } from './case-report-source.js';
import { caseReportXlsx } from './case-report-xlsx.js';
import type { CaseStore } from './case-store.js';

export interface CaseReportRoutesDeps {
  access: Access;
  cases: CaseStore;
  settings: SettingsPort;
  clock: () => number;
}

const MAX_YEARS = 10;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const query = z
  .object({
    from: isoDaySchema,
    to: isoDaySchema,
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
    lang: z.enum(LANGS).default('kk'),
  })
  // Each year of the period reads that year's archive: ten are more than any office asks about.
  .refine(
    (q) => q.from <= q.to && Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) < MAX_YEARS,
    'reversed or too long',
  );

export function caseReportRoutes(app: FastifyInstance, deps: CaseReportRoutesDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get('/api/reports/cases', { schema: { querystring: query } }, async (request, reply) => {
    requireHead(request, deps.access);
    const { from, to, format, lang } = request.query;
    const report = await loadCaseReport(deps.cases, deps.settings, from, to, deps.clock());
    void reply.header('cache-control', 'no-store');
    if (format === 'json') return reply.send(report);
    const body =
      format === 'csv'
        ? Buffer.from(caseReportCsv(report, lang), 'utf8')
        : await caseReportXlsx(report, lang);
    return reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
      .header('content-disposition', `attachment; filename="kezek-cases-${from}_${to}.${format}"`)
      .send(body);
  });
}
