// The head's HTTP routes (issue 6), mounted by routes.ts: reports and the data backup.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveBackup } from './backup-route.js';
import { sendJson } from './head-auth.js';
import { serveMediaAdmin, type MediaAdminDeps } from './media-admin.js';
import { serveRestore } from './restore-route.js';
import { serveReport, type ReportRoutesDeps } from './report-routes.js';

export interface HeadRoutesDeps extends ReportRoutesDeps, Partial<Pick<MediaAdminDeps, 'headServices'>> {
  dataDir: string | null;
}

/** Answers the request and returns true when the path is one of the head's; false leaves it to others. */
export function headRoutes(deps: HeadRoutesDeps) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://kezek.local');
    if (url.pathname === '/api/reports/daily' || url.pathname === '/api/reports/range') {
      serveReport(deps, req, res, url).catch(() => internal(res));
      return true;
    }
    if ((url.pathname === '/api/media' || url.pathname.startsWith('/api/media/')) && deps.headServices) {
      const headServices = deps.headServices;
      serveMediaAdmin({ ...deps, headServices }, req, res).catch(() => internal(res));
      return true;
    }
    if (url.pathname === '/api/restore' && deps.headServices) {
      serveRestore({ ...deps, headServices: deps.headServices }, req, res).catch(() => internal(res));
      return true;
    }
    if (url.pathname === '/api/backup') {
      serveBackup(deps, req, res).catch(() => internal(res));
      return true;
    }
    return false;
  };
}

function internal(res: ServerResponse): void {
  if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
  else res.destroy();
}
