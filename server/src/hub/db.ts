// The hub's one port to its database: parameterised queries and transactions. Two adapters implement
// it, PGlite in-process for the one-command demo (db-pglite.ts) and node-postgres for a real server
// (db-pg.ts); everything above this file speaks plain PostgreSQL and runs on either.

export interface Queryable {
  /** One statement with `$1…` parameters; jsonb columns come back parsed, bigint as number. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `fn` inside BEGIN … COMMIT; a throw rolls back and rethrows. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** What the hub's health answer names: "pglite" or "postgres". */
  readonly kind: 'pglite' | 'postgres';
}
