// Serves the case routes in front of an in-process app's HTTP routes, as the HTTP layer will once it
// mounts server/src/cases/case-http.ts: GET /c/<code> and GET /api/cases/<code>[/qr.svg].
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../../server/src/app.js';
import {
  caseQrAnswer,
  casePage,
  caseStatusAnswer,
  type HttpAnswer,
} from '../../server/src/cases/case-http.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export function mountCaseRoutes(app: App, appsDir: string, clock: () => number, baseUrl: string): void {
  const others = app.http.listeners('request') as Listener[];
  app.http.removeAllListeners('request');
  const send = (res: ServerResponse, a: HttpAnswer) => {
    res.writeHead(a.status, { 'content-type': a.contentType, 'cache-control': 'no-store' });
    res.end(a.body);
  };
  app.http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const api = /^\/api\/cases\/([^/]+)(\/qr\.svg)?$/.exec(path);
    if (/^\/c\/[^/]+$/.test(path)) void casePage(appsDir).then((a) => send(res, a));
    else if (api?.[2])
      void caseQrAnswer(app.cases, decodeURIComponent(api[1] ?? ''), baseUrl).then((a) => send(res, a));
    else if (api) {
      const config = app.office.queue.config;
      const code = decodeURIComponent(api[1] ?? '');
      void caseStatusAnswer(app.cases, config, code, clock()).then((a) => send(res, a));
    } else for (const l of others) l.call(app.http, req, res);
  });
}
