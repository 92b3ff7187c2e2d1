// Migration 3: what the hub needs beside the day journals to see an office's cases and to rebuild the
// office off-site: its case journal, the cases folded from it, and its latest documents.
// Typed where the list is (migrations.ts), so this file imports nothing back.
export const MIGRATION_3 = {
  version: 3,
  name: 'case journals, projected cases, office documents (settings, numbers, day summaries)',
  sql: `
-- The hub's copy of every office's case journal. A case journal is rewritten whole when settled cases
-- move to the office's archive, and its lines are numbered from 1 again: generation (when that file
-- was created, from its header line) tells the files apart, so (office, generation, seq) names one entry.
CREATE TABLE raw_case_entries (
  office_id text NOT NULL REFERENCES offices (id),
  generation bigint NOT NULL,
  seq integer NOT NULL CHECK (seq > 0),
  entry jsonb NOT NULL,
  received_at bigint NOT NULL,
  PRIMARY KEY (office_id, generation, seq)
);
CREATE TABLE case_streams (
  office_id text NOT NULL REFERENCES offices (id),
  generation bigint NOT NULL,
  stored_seq integer NOT NULL DEFAULT 0,
  projected_seq integer NOT NULL DEFAULT 0,
  projection_error text,
  received_at bigint NOT NULL,
  PRIMARY KEY (office_id, generation)
);
-- Every case as the office's own case code folds it; data is the whole case, for an off-site rebuild.
CREATE TABLE cases (
  office_id text NOT NULL REFERENCES offices (id),
  case_id text NOT NULL,
  number text NOT NULL,
  sector_id text NOT NULL,
  registered_at bigint NOT NULL,
  registered_on text NOT NULL,
  due_on text NOT NULL,
  due_at bigint NOT NULL,
  status text NOT NULL,
  answered_at bigint,
  answered_on_time boolean,
  extended boolean NOT NULL,
  redirected boolean NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (office_id, case_id)
);
-- Period questions: cases registered in a range of days, per office and status.
CREATE INDEX cases_registered ON cases (registered_on, office_id, status);
-- The live page: open cases per office, and which of them are past their deadline.
CREATE INDEX cases_open_due ON cases (office_id, due_at) WHERE status = 'open';
-- Registration counters never go back, although settled cases leave the office's journal.
CREATE TABLE case_counters (
  office_id text NOT NULL REFERENCES offices (id),
  key text NOT NULL,
  seq integer NOT NULL,
  PRIMARY KEY (office_id, key)
);
-- The office's latest settings and number reservations, and its own closed-day summaries, as sent.
CREATE TABLE office_documents (
  office_id text NOT NULL REFERENCES offices (id),
  kind text NOT NULL,
  key text NOT NULL,
  taken_at bigint NOT NULL,
  body jsonb NOT NULL,
  received_at bigint NOT NULL,
  PRIMARY KEY (office_id, kind, key)
);
`,
} as const satisfies { version: number; name: string; sql: string };
