// GET /api/region/report: a period report for a viewer, as JSON, CSV or Excel. The viewer's district
// (from their key) scopes the report; nothing in the query can widen it.
import { z } from 'zod';
import { CSV_SEPARATORS, defaultSeparator } from '../reports/report-csv.js';
import type { HubContext, HubRoutes } from './hub-app.js';
import { requireViewer } from './region-auth.js';
import { regionReportCsv, regionReportXlsx, reportCaption, reportTables } from './region-report-export.js';
import { REPORT_GROUPINGS } from './region-report-types.js';
import { daysBetween, DEFAULT_DROP_PCT, MAX_REPORT_DAYS, regionReport } from './region-report.js';
import { REGION_LANGS } from './page/region-strings.js';

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d));

export const ReportQuery = z
  .object({
    from: Day,
    to: Day,
    by: z.enum(REPORT_GROUPINGS).default('office'),
    drop: z.coerce.number().int().min(1).max(100).default(DEFAULT_DROP_PCT),
    // view: the report with its tables in the language asked, as the regional page shows them.
    format: z.enum(['json', 'view', 'csv', 'xlsx']).default('json'),
    lang: z.enum(REGION_LANGS).default('kk'),
    sep: z.enum(CSV_SEPARATORS).optional(),
  })
  .refine((q) => q.from <= q.to && daysBetween(q.from, q.to) <= MAX_REPORT_DAYS);

export function regionReportRoutes(app: HubRoutes, ctx: HubContext): void {
  app.get('/api/region/report', { schema: { querystring: ReportQuery } }, async (request, reply) => {
    const viewer = await requireViewer(ctx.db, request.headers.authorization);
    const q = request.query;
    const report = await regionReport(ctx.db, {
      from: q.from,
      to: q.to,
      by: q.by,
      dropPct: q.drop,
      district: viewer.district,
      now: ctx.clock(),
    });
    void reply.header('cache-control', 'no-store');
    const name = `kezek-region-${q.by}-${q.from}-${q.to}`;
    if (q.format === 'csv') {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(regionReportCsv(report, q.lang, q.sep ?? defaultSeparator(q.lang)));
    }
    if (q.format === 'xlsx') {
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(await regionReportXlsx(report, q.lang));
    }
    if (q.format === 'view') {
      return { report, caption: reportCaption(report, q.lang), tables: reportTables(report, q.lang) };
    }
    return report;
  });
}
