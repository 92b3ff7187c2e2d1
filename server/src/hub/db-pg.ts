// A real PostgreSQL server through node-postgres: a small pool, so several hub requests (and several
// hub processes) share the database and PostgreSQL's own locks order them.
import pg from 'pg';
import type { Db, Queryable } from './db.js';

const INT8 = 20;

// int8 (counts, millisecond times) as a JS number, as PGlite gives it: our values stay far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as never,
};

export async function openPostgres(url: string, poolSize = 5): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle client losing its server (a database restart) must not crash the hub: the next query reconnects.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await q.query(sql, [...params])).rows as R[];
    },
    async exec(sql) {
      await q.query(sql);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
