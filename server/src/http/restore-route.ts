// /api/restore for the head: POST a backup made by GET /api/backup to stage it (checked in full, the
// live data untouched), GET what is staged, DELETE to cancel. The staged backup replaces the data at
// the next start of the server (restore/apply-restore.ts; docs/decisions.md §17).
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '@kezek/shared';
import { RestoreInvalidError } from '../restore/check-staged.js';
import { cancelRestore, stageRestore, stagedRestore } from '../restore/stage-restore.js';
import { requireHead } from './head-auth.js';
import type { HttpDeps, Routes } from './http-app.js';
import { HttpRefusal } from './http-errors.js';

export function restoreRoutes(app: Routes, deps: HttpDeps): void {
  // One upload at a time: a second would unpack into the folder the first is checking.
  let staging = false;
  const dataDirOf = (request: FastifyRequest): { head: SessionUser; dataDir: string } => {
    const head = requireHead(request, deps.access);
    if (!deps.dataDir) throw new HttpRefusal(404, 'not_found');
    return { head, dataDir: deps.dataDir };
  };
  const audit = (head: SessionUser, summary: string) => {
    const services = deps.headServices();
    return services.audit.append({
      at: services.clock(),
      actorId: head.id,
      actorName: head.name,
      action: 'restore',
      summary,
    });
  };

  app.get('/api/restore', async (request) => ({ staged: await stagedRestore(dataDirOf(request).dataDir) }));

  app.delete('/api/restore', async (request) => {
    const { head, dataDir } = dataDirOf(request);
    if (await cancelRestore(dataDir)) await audit(head, 'staged restore cancelled');
    return { staged: null };
  });

  app.post('/api/restore', async (request, reply) => {
    const { head, dataDir } = dataDirOf(request);
    if (staging) return reply.code(409).header('connection', 'close').send({ error: 'rate_limited' });
    staging = true;
    try {
      const staged = await stageRestore(
        dataDir,
        request.raw,
        { by: head.name, byId: head.id, at: deps.headServices().clock() },
        deps.restoreMaxBytes,
      );
      await audit(
        head,
        `backup staged (${staged.office}, ${String(staged.days)} closed days, newest ${staged.newestDay ?? '—'}); applies at the next start`,
      );
      return { staged };
    } catch (error) {
      if (!(error instanceof RestoreInvalidError)) throw error;
      request.raw.resume();
      return reply
        .code(400)
        .header('connection', 'close')
        .send({ error: 'restore_invalid', reason: error.message });
    } finally {
      staging = false;
    }
  });
}
