// The hub's schema as numbered migrations, applied in order at start inside one transaction each and
// recorded in hub_migrations. A migration once released is never edited: a change is a new number.
// Days are 'YYYY-MM-DD' text (they sort and compare as dates, and come back as strings from both
// drivers); times are milliseconds since the epoch in bigint, as the office journals them.
import type { Db } from './db.js';
import { MIGRATION_3 } from './migration-3-cases.js';
import { MIGRATION_6 } from './migration-6-case-rollups.js';
import { monthRollupSql, rollupSql, sectorNamesSql } from './region-rollups.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'offices, raw entries, projected tickets, day summaries',
    sql: `
CREATE TABLE offices (
  id text PRIMARY KEY,
  name text NOT NULL,
  district text NOT NULL,
  key_hash text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX offices_district ON offices (district, id);

-- The hub's copy of every office journal, entry for entry, as the office wrote it.
CREATE TABLE raw_entries (
  office_id text NOT NULL REFERENCES offices (id),
  day text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  seq integer NOT NULL CHECK (seq > 0),
  entry jsonb NOT NULL,
  received_at bigint NOT NULL,
  PRIMARY KEY (office_id, day, seq)
);

-- One row per office and business day: how far the copy is whole and how far tickets are projected.
CREATE TABLE office_days (
  office_id text NOT NULL REFERENCES offices (id),
  day text NOT NULL,
  stored_seq integer NOT NULL DEFAULT 0,
  projected_seq integer NOT NULL DEFAULT 0,
  projection_error text,
  opened_at bigint,
  closed_at bigint,
  last_event_at bigint,
  -- The live picture after the last projected entry, so the regional page reads one row per office.
  waiting integer NOT NULL DEFAULT 0,
  waiting_since bigint,
  desks_open integer NOT NULL DEFAULT 0,
  received_at bigint NOT NULL,
  PRIMARY KEY (office_id, day)
);
CREATE INDEX office_days_day ON office_days (day, office_id);

CREATE TABLE tickets (
  office_id text NOT NULL,
  day text NOT NULL,
  ticket_id text NOT NULL,
  number text NOT NULL,
  sector_id text NOT NULL,
  service_id text,
  priority text,
  status text NOT NULL,
  outcome text,
  issued_at bigint NOT NULL,
  called_at bigint,
  started_at bigint,
  ended_at bigint,
  desk_id text,
  operator_id text,
  data jsonb NOT NULL,
  PRIMARY KEY (office_id, day, ticket_id),
  FOREIGN KEY (office_id, day) REFERENCES office_days (office_id, day)
);
-- Period questions count a day's tickets by status and outcome across offices.
CREATE INDEX tickets_day_status ON tickets (day, office_id, status, outcome);

CREATE TABLE day_summaries (
  office_id text NOT NULL,
  day text NOT NULL,
  closed_at bigint NOT NULL,
  summary jsonb NOT NULL,
  PRIMARY KEY (office_id, day),
  FOREIGN KEY (office_id, day) REFERENCES office_days (office_id, day)
);
-- Period reports read a range of days across offices.
CREATE INDEX day_summaries_day ON day_summaries (day, office_id);
`,
  },
  {
    version: 2,
    name: 'regional and district viewers; when each office last delivered',
    sql: `
-- district NULL: a regional viewer, who sees every office; otherwise only that district's offices.
CREATE TABLE viewers (
  id text PRIMARY KEY,
  name text NOT NULL,
  district text,
  key_hash text NOT NULL,
  created_at bigint NOT NULL
);
ALTER TABLE offices ADD COLUMN last_received_at bigint;
-- Today's counts kept by the projector beside the live figures: counting 500 offices' tickets on every
-- refresh of the regional page took 0.4-0.65 s on PostgreSQL and 1-1.5 s on PGlite (270,000 tickets).
ALTER TABLE office_days
  ADD COLUMN served integer NOT NULL DEFAULT 0,
  ADD COLUMN no_shows integer NOT NULL DEFAULT 0,
  ADD COLUMN solved integer NOT NULL DEFAULT 0,
  ADD COLUMN consulted integer NOT NULL DEFAULT 0,
  ADD COLUMN in_progress integer NOT NULL DEFAULT 0,
  ADD COLUMN redirected integer NOT NULL DEFAULT 0;
`,
  },
  MIGRATION_3,
  {
    version: 4,
    name: 'rollups for period reports; sector names; the Socket.IO adapter table',
    sql: `
-- One row per office, closed day and sector ('' is the whole office), from the day's summary
-- (region-rollups.ts). sector_id leads the key: a report of offices reads only the '' rows of its days.
CREATE TABLE region_rollups (
  sector_id text NOT NULL,
  day text NOT NULL,
  office_id text NOT NULL REFERENCES offices (id),
  visits integer NOT NULL,
  served integer NOT NULL,
  no_shows integer NOT NULL,
  solved integer NOT NULL,
  consulted integer NOT NULL,
  in_progress integer NOT NULL,
  redirected integer NOT NULL,
  -- Measured waits (called legs) and those past their sector's norm.
  waits integer NOT NULL,
  over_norm integer NOT NULL,
  wait_sec_sum bigint NOT NULL,
  rating_count integer NOT NULL,
  rating_sum integer NOT NULL,
  PRIMARY KEY (sector_id, day, office_id)
);
-- The same added up per calendar month ('YYYY-MM'): a year report reads 12 rows an office, not 365.
CREATE TABLE region_month_rollups (LIKE region_rollups);
ALTER TABLE region_month_rollups RENAME COLUMN day TO month;
ALTER TABLE region_month_rollups ADD PRIMARY KEY (sector_id, month, office_id);
-- A month is added up again from its days when one of its days is rolled up.
CREATE INDEX region_rollups_office_day ON region_rollups (office_id, day);
CREATE TABLE region_sector_names (
  office_id text NOT NULL REFERENCES offices (id),
  sector_id text NOT NULL,
  letter text,
  names jsonb NOT NULL,
  day text NOT NULL,
  PRIMARY KEY (office_id, sector_id)
);
-- @socket.io/postgres-adapter keeps here the broadcasts too big for one NOTIFY (over 8,000 bytes).
CREATE TABLE IF NOT EXISTS socket_io_attachments (
  id bigserial UNIQUE,
  created_at timestamptz DEFAULT now(),
  payload bytea
);
${rollupSql('true')};
${monthRollupSql('true')};
${sectorNamesSql('true')};
`,
  },
  MIGRATION_6,
];

/** An arbitrary constant: hub processes starting together take turns migrating. */
const MIGRATION_LOCK = 0x6b657a656b;

/** Applies what is missing, in order; returns the versions applied now. */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  // Under the lock too: two processes creating the table at once can both miss it and one then fails.
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS hub_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at bigint NOT NULL
    )`);
  });
  // A database a newer hub has migrated may hold what this hub would misread: refuse to run on it.
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  const [row] = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM hub_migrations');
  if ((row?.v ?? 0) > newest) {
    throw new Error(
      `the hub database has schema ${row?.v}; this hub knows up to ${newest}: run the newer hub`,
    );
  }
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const rows = await tx.query('SELECT 1 FROM hub_migrations WHERE version = $1', [m.version]);
      if (rows.length > 0) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO hub_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        Date.now(),
      ]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
