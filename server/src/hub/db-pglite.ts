// The embedded default: PostgreSQL compiled to WASM, in this process, its files in one folder. PGlite
// is one connection for one process, so a lock file beside the folder stops a second hub (or an
// `add-office` while the hub runs) from opening the same files.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.js';

export class DatabaseInUseError extends Error {}

export async function openPglite(dir: string): Promise<Db> {
  await mkdir(dir, { recursive: true });
  const lock = `${dir}.lock`;
  await takeLock(lock);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dir);
  } catch (error) {
    await rm(lock, { force: true });
    throw error;
  }
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<R>(sql, [...params])).rows;
    },
    async exec(sql) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async close() {
      await pg.close();
      await rm(lock, { force: true });
    },
  };
}

async function takeLock(path: string): Promise<void> {
  try {
    await writeFile(path, String(process.pid), { flag: 'wx' });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
    throw new DatabaseInUseError(`the embedded database is in use by process ${holder} (${path})`);
  }
  // Left by a hub that was killed: its process is gone, so the files are free.
  await writeFile(path, String(process.pid));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
