// The tests' PostgreSQL server: the same starter the bench uses (dev/local-postgres.ts).
export { freePort, postgresBin, startPostgres, type PostgresServer } from '../dev/local-postgres.js';
