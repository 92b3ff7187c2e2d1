// GET /api/reports/daily?date=YYYY-MM-DD and /api/reports/range?from=…&to=… for the head: JSON by
// default, &format=csv or &format=xlsx to download; &lang=kk|ru|en, &sector=<id>, &fromTime=HH:MM,
// &toTime=HH:MM narrow it down.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LANGS, type Lang, type ReportFilter } from '@kezek/shared';
import type { Access } from '../auth/access.js';
import { reportCsv } from '../reports/report-csv.js';
import { loadReport, rangeDays, type ReportSource } from '../reports/report-source.js';
import { reportXlsx } from '../reports/report-xlsx.js';
import { headOf, sendJson } from './head-auth.js';

export interface ReportRoutesDeps extends ReportSource {
  access: Access;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function serveReport(
  deps: ReportRoutesDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET') return sendJson(res, 405, { error: 'method_not_allowed' });
  if (!headOf(req, res, deps.access)) return;
  const q = url.searchParams;
  const daily = url.pathname === '/api/reports/daily';
  const from = (daily ? q.get('date') : q.get('from')) ?? '';
  const to = (daily ? q.get('date') : q.get('to')) ?? '';
  const format = q.get('format') ?? 'json';
  const lang = (LANGS as readonly string[]).includes(q.get('lang') ?? '') ? (q.get('lang') as Lang) : 'kk';
  const filter = parseFilter(q);
  if (rangeDays(from, to) === null || !filter || !['json', 'csv', 'xlsx'].includes(format)) {
    return sendJson(res, 400, { error: 'invalid_payload' });
  }
  const report = await loadReport(deps, from, to, filter, lang);
  const name = `kezek-report-${from === to ? from : `${from}_${to}`}`;
  if (format === 'json') return sendJson(res, 200, report);
  const body =
    format === 'csv' ? Buffer.from(reportCsv(report, lang), 'utf8') : await reportXlsx(report, lang);
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
    'content-disposition': `attachment; filename="${name}.${format}"`,
    'content-length': String(body.length),
    'cache-control': 'no-store',
  });
  res.end(body);
}

function parseFilter(q: URLSearchParams): ReportFilter | null {
  const sectorId = q.get('sector') || null;
  if (sectorId !== null && !/^[A-Za-z0-9_.:-]{1,64}$/.test(sectorId)) return null;
  const fromMin = timeOf(q.get('fromTime'));
  const toMin = timeOf(q.get('toTime'));
  if (fromMin === undefined || toMin === undefined) return null;
  return { sectorId, fromMin, toMin };
}

/** "HH:MM" as minutes; null when absent; undefined when malformed. */
function timeOf(v: string | null): number | null | undefined {
  if (!v) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(v);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 && Number(m[2]) < 60 ? minutes : undefined;
}
