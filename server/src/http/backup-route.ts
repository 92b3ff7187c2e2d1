// GET /api/backup: the whole data folder as a .tar.gz, for the head. Files are read as they are: the
// journal may gain a line while it is read, which a restore repairs like any torn last line. Restoring
// is staged by POST /api/restore and applied at the next start (restore-route.ts), never online.
import { staysInPlace } from '../restore/restore-layout.js';
import { requireHead } from './head-auth.js';
import type { HttpDeps, Routes } from './http-app.js';
import { HttpRefusal } from './http-errors.js';

export function backupRoute(app: Routes, deps: HttpDeps): void {
  app.get('/api/backup', async (request, reply) => {
    requireHead(request, deps.access);
    const dataDir = deps.dataDir;
    if (!dataDir) throw new HttpRefusal(404, 'not_found');
    // Loaded on the first backup: an office backs up once a night, and tar is ~6 MB of resident memory.
    const { create } = await import('tar');
    const stamp = new Date(deps.clock()).toISOString().slice(0, 16).replace(':', '-');
    // A staged restore and the data a restore replaced are not part of the office's data.
    const filter = (path: string) => !staysInPlace(path.replace(/^\.\//, '').split('/')[0] ?? '');
    const stream = create({ gzip: true, cwd: dataDir, portable: true, filter }, ['.']);
    return reply
      .type('application/gzip')
      .header('content-disposition', `attachment; filename="kezek-data-${stamp}.tar.gz"`)
      .header('cache-control', 'no-store')
      .send(stream);
  });
}
