// GET /api/backup: the whole data folder as a .tar.gz, for the head. Files are read as they are: the
// journal may gain a line while it is read, which a restore repairs like any torn last line. Restoring
// is staged by POST /api/restore and applied at the next start (restore-route.ts), never online.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Access } from '../auth/access.js';
import { staysInPlace } from '../restore/restore-layout.js';
import { headOf, sendJson } from './head-auth.js';

export async function serveBackup(
  deps: { access: Access; dataDir: string | null; clock: () => number },
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET') return sendJson(res, 405, { error: 'method_not_allowed' });
  if (!headOf(req, res, deps.access)) return;
  if (!deps.dataDir) return sendJson(res, 404, { error: 'not_found' });
  // Loaded on the first backup: an office backs up once a night, and tar is ~6 MB of resident memory.
  const { create } = await import('tar');
  const stamp = new Date(deps.clock()).toISOString().slice(0, 16).replace(':', '-');
  res.writeHead(200, {
    'content-type': 'application/gzip',
    'content-disposition': `attachment; filename="kezek-data-${stamp}.tar.gz"`,
    'cache-control': 'no-store',
  });
  // A staged restore and the data a restore replaced are not part of the office's data.
  const filter = (path: string) => !staysInPlace(path.replace(/^\.\//, '').split('/')[0] ?? '');
  const stream = create({ gzip: true, cwd: deps.dataDir, portable: true, filter }, ['.']);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
