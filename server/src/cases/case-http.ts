// The visitor's side of a case over HTTP, as plain functions for the HTTP layer to mount:
//   GET /c/<code>             -> casePage(appsDir): the status page (kiosk/dist/case.html)
//   GET /api/cases/<code>     -> caseStatusAnswer(...): the case's public view, or 404
//   GET /api/cases/<code>/qr.svg -> caseQrAnswer(...): the status address as a QR code, or 404
// Only the unguessable code finds a case; any other string, a case number included, is a 404.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseState, OfficeConfig } from '@kezek/shared';
import { qrSvg } from '../printing/qr.js';
import { casePublicView } from './case-views.js';
import { caseStatusUrl } from './receipt-content.js';

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string | Buffer;
}

/** Codes are ids: letters and digits. */
const CODE = /^[A-Za-z0-9_-]{4,64}$/;
const NO_STORE = 'application/json; charset=utf-8';

const notFound = (): HttpAnswer => ({ status: 404, contentType: NO_STORE, body: '{"error":"unknown_case"}' });

export function caseStatusAnswer(
  cases: Readonly<CaseState>,
  config: OfficeConfig,
  code: string,
  now: number,
): HttpAnswer {
  if (!CODE.test(code)) return notFound();
  const view = casePublicView(cases, code, config, now);
  return view ? { status: 200, contentType: NO_STORE, body: JSON.stringify(view) } : notFound();
}

export function caseQrAnswer(cases: Readonly<CaseState>, code: string, baseUrl: string): HttpAnswer {
  if (!CODE.test(code) || cases.cases[cases.byCode[code] ?? '']?.code !== code) return notFound();
  return { status: 200, contentType: 'image/svg+xml', body: qrSvg(caseStatusUrl(baseUrl, code)) };
}

export async function casePage(appsDir: string): Promise<HttpAnswer> {
  try {
    const html = await readFile(join(appsDir, 'kiosk', 'dist', 'case.html'));
    return { status: 200, contentType: 'text/html; charset=utf-8', body: html };
  } catch {
    return {
      status: 503,
      contentType: 'text/plain; charset=utf-8',
      body: 'The case status page is not built yet: run "npm run build".',
    };
  }
}
