// The hub phase's PostgreSQL server: the tests' starter (dev/local-postgres.ts), with room for the
// simulated offices' connections and the ceiling's.
import { postgresBin, startPostgres, type PostgresServer } from '../dev/local-postgres.js';

export type BenchPostgres = PostgresServer;

export async function startBenchPostgres(): Promise<BenchPostgres> {
  if (!postgresBin()) throw new Error('the hub phase needs PostgreSQL: apt-get install -y postgresql');
  return startPostgres({ maxConnections: 200 });
}
