// Office keys: issued once by the hub's CLI, shown once, stored only as a SHA-256 hash. A key is
// `<office id>.<43 random characters>`: 256 random bits need no slow hash, and the id in front lets
// the hub find the one row to compare against without scanning.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from './db.js';

export const OFFICE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface NewOffice {
  id: string;
  name: string;
  district: string;
}

export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new key for `id`: the id, a dot, 256 random bits. */
export const newKey = (id: string) => `${id}.${randomBytes(32).toString('base64url')}`;

/** The id a key names, or null when it names none. */
export const keyId = (key: string): string | null => {
  const id = key.slice(0, Math.max(0, key.indexOf('.')));
  return OFFICE_ID.test(id) ? id : null;
};

/** Constant-time comparison of a presented key with a stored hash. */
export function keyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export class OfficeExistsError extends Error {}

/** Registers the office and returns its key; the key is not stored and cannot be shown again. */
export async function addOffice(db: Queryable, office: NewOffice, now: number): Promise<string> {
  if (!OFFICE_ID.test(office.id)) throw new Error('office id: lower-case letters, digits and -, up to 40');
  const key = newKey(office.id);
  const rows = await db.query(
    `INSERT INTO offices (id, name, district, key_hash, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [office.id, office.name, office.district, hashKey(key), now],
  );
  if (rows.length === 0) throw new OfficeExistsError(`office "${office.id}" is already registered`);
  return key;
}

/** The office a key belongs to, or null for a key the hub never issued (or issued to no one now). */
export async function officeForKey(db: Queryable, key: string): Promise<string | null> {
  const id = keyId(key);
  if (id === null) return null;
  const [row] = await db.query<{ key_hash: string }>('SELECT key_hash FROM offices WHERE id = $1', [id]);
  return row && keyMatches(key, row.key_hash) ? id : null;
}
