// A hub on a free port over either engine: a real PostgreSQL server (postgres.ts) or the embedded PGlite
// in a temporary folder. The API tests run the same cases on both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../hub/db.js';
import { openPostgres } from '../hub/db-pg.js';
import { openPglite } from '../hub/db-pglite.js';
import { createHub, type Hub } from '../hub/hub-app.js';
import { migrate } from '../hub/migrations.js';
import { addOffice } from '../hub/office-keys.js';
import { silentLogger } from '../logger.js';
import { startPostgres, type PostgresServer } from './postgres.js';

export type Engine = 'postgres' | 'pglite';

export interface TestHub {
  url: string;
  db: Db;
  hub: Hub;
  /** Registers an office and returns its key. */
  office(id: string, district?: string): Promise<string>;
  post(path: string, body: unknown, key?: string): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** One PostgreSQL server per test file; each hub gets a database of its own on it. */
export class Engines {
  #server: PostgresServer | null = null;
  #made = 0;
  #dirs: string[] = [];

  async open(engine: Engine): Promise<Db> {
    if (engine === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'kezek-pglite-'));
      this.#dirs.push(dir);
      return openPglite(join(dir, 'hub-db'));
    }
    this.#server ??= await startPostgres();
    return openPostgres(await this.#server.createDatabase(`hub${++this.#made}`));
  }

  get server(): PostgresServer | null {
    return this.#server;
  }

  destroy(): void {
    this.#server?.destroy();
    for (const dir of this.#dirs) rmSync(dir, { recursive: true, force: true });
  }
}

export interface TestHubOptions {
  port?: number;
  /** false: a second hub over a database another one owns (as two hub processes share one). */
  ownsDb?: boolean;
  clock?: () => number;
}

export async function startTestHub(db: Db, options: TestHubOptions = {}): Promise<TestHub> {
  await migrate(db);
  const { clock } = options;
  const hub = await createHub({ db, log: silentLogger, version: 'test', ...(clock ? { clock } : {}) });
  const port = await hub.listen(options.port ?? 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    db,
    hub,
    office: (id, district = 'almaty') => addOffice(db, { id, name: `Office ${id}`, district }, 0),
    async post(path, body, key) {
      const res = await fetch(url + path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
        },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    async close() {
      await hub.close();
      if (options.ownsDb !== false) await db.close();
    },
  };
}
