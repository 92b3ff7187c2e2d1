// Who may look at the regional page: a regional viewer sees every office, a district viewer only the
// offices of their district. Keys as for offices (office-keys.ts), in a table of their own, so an
// office's key never opens the page and a viewer's key never writes.
import type { Queryable } from './db.js';
import { keyId, keyMatches, newKey, hashKey, OFFICE_ID, OfficeExistsError } from './office-keys.js';

export interface Viewer {
  id: string;
  /** null: the whole region. */
  district: string | null;
}

export async function addViewer(
  db: Queryable,
  viewer: { id: string; name: string; district: string | null },
  now: number,
): Promise<string> {
  if (!OFFICE_ID.test(viewer.id)) throw new Error('viewer id: lower-case letters, digits and -, up to 40');
  const key = newKey(viewer.id);
  const rows = await db.query(
    `INSERT INTO viewers (id, name, district, key_hash, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [viewer.id, viewer.name, viewer.district, hashKey(key), now],
  );
  if (rows.length === 0) throw new OfficeExistsError(`viewer "${viewer.id}" is already registered`);
  return key;
}

export async function viewerForKey(db: Queryable, key: string): Promise<Viewer | null> {
  const id = keyId(key);
  if (id === null) return null;
  const [row] = await db.query<{ key_hash: string; district: string | null }>(
    'SELECT key_hash, district FROM viewers WHERE id = $1',
    [id],
  );
  return row && keyMatches(key, row.key_hash) ? { id, district: row.district } : null;
}
