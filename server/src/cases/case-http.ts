// The visitor's side of a case over HTTP, as plain functions for the HTTP layer to mount:
//   GET /c/<code>             -> casePage(appsDir): the status page (kiosk/dist/case.html)
//   GET /api/cases/<code>     -> caseStatusAnswer(app.cases, ...): the case's public view, or 404
//   GET /api/cases/<code>/qr.svg -> caseQrAnswer(app.cases, ...): the status address as a QR code, or 404
// Only the unguessable code finds a case; any other string, a case number included, is a 404.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OfficeConfig } from '@kezek/shared';
import type { CaseStore } from './case-store.js';
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

/** Live cases answer from memory; a settled one from the archive, by its code's place on disk. */
export async function caseStatusAnswer(
  store: CaseStore,
  config: OfficeConfig,
  code: string,
  now: number,
): Promise<HttpAnswer> {
  if (!CODE.test(code)) return notFound();
  const found = await store.findByCode(code);
  if (!found) return notFound();
  const view = casePublicView(found, config, now);
  return { status: 200, contentType: NO_STORE, body: JSON.stringify(view) };
}

export async function caseQrAnswer(store: CaseStore, code: string, baseUrl: string): Promise<HttpAnswer> {
  if (!CODE.test(code) || !(await store.findByCode(code))) return notFound();
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
