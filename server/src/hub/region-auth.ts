// The one check every regional read goes through: a viewer's key in the Authorization header, or a
// refusal. What the viewer may see (their district) comes from the key's row, never from the request.
import { HttpRefusal } from '../http/http-errors.js';
import type { Queryable } from './db.js';
import { viewerForKey, type Viewer } from './viewers.js';

export const bearerKey = (header: string | undefined): string | null =>
  /^Bearer ([A-Za-z0-9._-]{1,200})$/.exec(header ?? '')?.[1] ?? null;

export async function requireViewer(db: Queryable, header: string | undefined): Promise<Viewer> {
  const key = bearerKey(header);
  const viewer = key ? await viewerForKey(db, key) : null;
  if (!viewer) throw new HttpRefusal(401, 'unauthorized');
  return viewer;
}
