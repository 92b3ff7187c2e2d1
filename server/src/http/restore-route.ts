// /api/restore for the head: POST a backup made by GET /api/backup to stage it (checked in full, the
// live data untouched), GET what is staged, DELETE to cancel. The staged backup replaces the data at
// the next start of the server (restore/apply-restore.ts; docs/decisions.md §17).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Access } from '../auth/access.js';
import type { HeadServices } from '../audit/head-services.js';
import { RestoreInvalidError } from '../restore/check-staged.js';
import { cancelRestore, stageRestore, stagedRestore } from '../restore/stage-restore.js';
import { headOf, sendJson } from './head-auth.js';

export interface RestoreRouteDeps {
  access: Access;
  dataDir: string | null;
  headServices: () => HeadServices;
  /** Tests make it small. */
  maxBytes?: number;
}

let staging = false;

export async function serveRestore(deps: RestoreRouteDeps, req: IncomingMessage, res: ServerResponse) {
  const head = headOf(req, res, deps.access);
  if (!head) return;
  if (!deps.dataDir) return sendJson(res, 404, { error: 'not_found' });
  const services = deps.headServices();
  const audit = (summary: string) =>
    services.audit.append({
      at: services.clock(),
      actorId: head.id,
      actorName: head.name,
      action: 'restore',
      summary,
    });
  if (req.method === 'GET') return sendJson(res, 200, { staged: await stagedRestore(deps.dataDir) });
  if (req.method === 'DELETE') {
    if (await cancelRestore(deps.dataDir)) await audit('staged restore cancelled');
    return sendJson(res, 200, { staged: null });
  }
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'method_not_allowed' });
  // One upload at a time: a second would unpack into the folder the first is checking.
  if (staging) return sendJson(res, 409, { error: 'rate_limited' }, { connection: 'close' });
  staging = true;
  try {
    const staged = await stageRestore(
      deps.dataDir,
      req,
      { by: head.name, byId: head.id, at: services.clock() },
      deps.maxBytes,
    );
    await audit(
      `backup staged (${staged.office}, ${String(staged.days)} closed days, newest ${staged.newestDay ?? '—'}); applies at the next start`,
    );
    sendJson(res, 200, { staged });
  } catch (error) {
    if (!(error instanceof RestoreInvalidError)) throw error;
    req.resume();
    sendJson(res, 400, { error: 'restore_invalid', reason: error.message }, { connection: 'close' });
  } finally {
    staging = false;
  }
}
