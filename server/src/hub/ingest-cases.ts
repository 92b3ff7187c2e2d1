// Storing an office's case journal and its documents. Case entries are kept raw first (office,
// generation and seq are the key, so a resend stores nothing twice), then the generation's whole-up-to
// mark moves, then what became whole is folded with the office's own evolveCase into the cases table.
import { evolveCase, initialCaseState, type Case, type CaseEvent, type CaseState } from '@kezek/shared';
import type { Db, Queryable } from './db.js';
import type { CaseAck, CaseBatch, DocumentBatch } from './wire-more.js';

export async function ingestCases(db: Db, officeId: string, batch: CaseBatch, now: number): Promise<CaseAck> {
  const { generation } = batch;
  return db.transaction(async (tx) => {
    // Also the lock that orders this office's batches (the day route takes the same row).
    await tx.query('UPDATE offices SET last_received_at = $2 WHERE id = $1', [officeId, now]);
    await tx.query(
      `INSERT INTO case_streams (office_id, generation, received_at) VALUES ($1, $2, $3)
       ON CONFLICT (office_id, generation) DO NOTHING`,
      [officeId, generation, now],
    );
    await tx.query(
      `INSERT INTO raw_case_entries (office_id, generation, seq, entry, received_at)
       SELECT $1, $2, e.seq, e.entry, $4 FROM jsonb_to_recordset($3::jsonb) AS e(seq integer, entry jsonb)
       ON CONFLICT (office_id, generation, seq) DO NOTHING`,
      [officeId, generation, JSON.stringify(batch.entries, withoutNul), now],
    );
    const lastSeq = await advanceStored(tx, officeId, generation);
    await projectCases(tx, officeId, generation);
    return { generation, lastSeq };
  });
}

export async function ingestDocuments(
  db: Db,
  officeId: string,
  batch: DocumentBatch,
  now: number,
): Promise<{ stored: number }> {
  await db.query(
    `INSERT INTO office_documents (office_id, kind, key, taken_at, body, received_at)
     SELECT $1, d.kind, d.key, d."takenAt", d.body, $3
       FROM jsonb_to_recordset($2::jsonb) AS d(kind text, key text, "takenAt" bigint, body jsonb)
     ON CONFLICT (office_id, kind, key) DO UPDATE
       SET taken_at = excluded.taken_at, body = excluded.body, received_at = excluded.received_at
       WHERE office_documents.taken_at <= excluded.taken_at`,
    [officeId, JSON.stringify(batch.documents, withoutNul), now],
  );
  return { stored: batch.documents.length };
}

/** jsonb cannot hold U+0000 (see ingest.ts): the hub's copy carries U+FFFD in its place. */
function withoutNul(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
}

async function advanceStored(tx: Queryable, officeId: string, generation: number): Promise<number> {
  const [row] = await tx.query<{ stored_seq: number }>(
    'SELECT stored_seq FROM case_streams WHERE office_id = $1 AND generation = $2',
    [officeId, generation],
  );
  let stored = row?.stored_seq ?? 0;
  const following = await tx.query<{ seq: number }>(
    'SELECT seq FROM raw_case_entries WHERE office_id = $1 AND generation = $2 AND seq > $3 ORDER BY seq',
    [officeId, generation, stored],
  );
  for (const { seq } of following) {
    if (seq !== stored + 1) break;
    stored = seq;
  }
  await tx.query('UPDATE case_streams SET stored_seq = $3 WHERE office_id = $1 AND generation = $2', [
    officeId,
    generation,
    stored,
  ]);
  return stored;
}

interface StreamRow {
  stored_seq: number;
  projected_seq: number;
  projection_error: string | null;
  newer: boolean;
}

/**
 * Folds the generation's entries that are whole and not yet folded. Only the cases they name are
 * loaded. A generation older than one already folded is kept raw but not folded: its events are in the
 * newer file's first line already, and folding them now would turn cases back.
 */
async function projectCases(tx: Queryable, officeId: string, generation: number): Promise<void> {
  const [s] = await tx.query<StreamRow>(
    `SELECT stored_seq, projected_seq, projection_error, EXISTS (SELECT 1 FROM case_streams n
       WHERE n.office_id = $1 AND n.generation > $2 AND n.projected_seq > 0) AS newer
     FROM case_streams WHERE office_id = $1 AND generation = $2`,
    [officeId, generation],
  );
  if (!s || s.newer || s.projection_error !== null || s.stored_seq <= s.projected_seq) return;
  const rows = await tx.query<{ seq: number; entry: { events: CaseEvent[] } }>(
    `SELECT seq, entry FROM raw_case_entries
     WHERE office_id = $1 AND generation = $2 AND seq > $3 AND seq <= $4 ORDER BY seq`,
    [officeId, generation, s.projected_seq, s.stored_seq],
  );
  const events = rows.flatMap((r) => r.entry.events);
  const state = await loadNamed(tx, officeId, events);
  const changed = new Set<string>();
  try {
    for (const e of events) {
      evolveCase(state, e);
      if (e.type === 'case:opened' && e.case) changed.add(e.case.id);
      else if (e.type === 'cases:restored') for (const k of e.cases) changed.add(k.id);
      else if ('caseId' in e) changed.add(e.caseId);
    }
  } catch (err) {
    await tx.query('UPDATE case_streams SET projection_error = $3 WHERE office_id = $1 AND generation = $2', [
      officeId,
      generation,
      String(err).slice(0, 500),
    ]);
    return;
  }
  await upsertCases(
    tx,
    officeId,
    [...changed].flatMap((id) => state.cases[id] ?? []),
  );
  await tx.query(
    `INSERT INTO case_counters (office_id, key, seq) SELECT $1, c.key, c.seq
       FROM jsonb_to_recordset($2::jsonb) AS c(key text, seq integer)
     ON CONFLICT (office_id, key) DO UPDATE SET seq = GREATEST(case_counters.seq, excluded.seq)`,
    [officeId, JSON.stringify(Object.entries(state.counters).map(([key, seq]) => ({ key, seq })))],
  );
  await tx.query('UPDATE case_streams SET projected_seq = $3 WHERE office_id = $1 AND generation = $2', [
    officeId,
    generation,
    s.stored_seq,
  ]);
}

/** The state the events need: the cases they name, as the hub last folded them. */
async function loadNamed(tx: Queryable, officeId: string, events: readonly CaseEvent[]): Promise<CaseState> {
  const state = initialCaseState();
  const ids = [...new Set(events.flatMap((e) => ('caseId' in e ? [e.caseId] : [])))];
  if (ids.length === 0) return state;
  const rows = await tx.query<{ data: Case }>(
    'SELECT data FROM cases WHERE office_id = $1 AND case_id = ANY($2::text[])',
    [officeId, ids],
  );
  for (const { data } of rows) state.cases[data.id] = data;
  return state;
}

async function upsertCases(tx: Queryable, officeId: string, cases: readonly Case[]): Promise<void> {
  if (cases.length === 0) return;
  const rows = cases.map((k) => ({
    case_id: k.id,
    number: k.number,
    sector_id: k.sectorId,
    registered_at: k.registeredAt,
    registered_on: k.registeredOn,
    due_on: k.dueOn,
    due_at: k.dueAt,
    status: k.status,
    answered_at: k.answer?.at ?? null,
    answered_on_time: k.answer ? k.answer.at < k.dueAt : null,
    extended: k.extension !== null,
    redirected: k.redirect !== null,
    data: k,
  }));
  await tx.query(
    `INSERT INTO cases (office_id, case_id, number, sector_id, registered_at, registered_on, due_on, due_at,
       status, answered_at, answered_on_time, extended, redirected, data)
     SELECT $1, r.case_id, r.number, r.sector_id, r.registered_at, r.registered_on, r.due_on, r.due_at,
       r.status, r.answered_at, r.answered_on_time, r.extended, r.redirected, r.data
     FROM jsonb_to_recordset($2::jsonb) AS r(case_id text, number text, sector_id text, registered_at bigint,
       registered_on text, due_on text, due_at bigint, status text, answered_at bigint,
       answered_on_time boolean, extended boolean, redirected boolean, data jsonb)
     ON CONFLICT (office_id, case_id) DO UPDATE SET number = excluded.number,
       sector_id = excluded.sector_id, due_on = excluded.due_on, due_at = excluded.due_at,
       status = excluded.status, answered_at = excluded.answered_at,
       answered_on_time = excluded.answered_on_time, extended = excluded.extended,
       redirected = excluded.redirected, data = excluded.data`,
    [officeId, JSON.stringify(rows, withoutNul)],
  );
}
