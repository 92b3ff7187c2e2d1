// Tickets and day summaries projected from the raw entries with the office's own code: the shared
// queue's `evolve` folds the same events in the same order, and the office's `summarizeDay` closes the
// day, so every figure the hub shows is the figure the office shows. A day's state is kept in memory
// between batches; when another hub process has projected further, or after a restart, the day is
// folded again from its first entry (tickets are upserted, so doing it twice changes nothing).
import { evolve, initialState, type DomainEvent, type QueueState, type Ticket } from '@kezek/shared';
import { summarizeDay } from '../reports/day-summary.js';
import { WorkTracker } from '../reports/work-time.js';
import type { Queryable } from './db.js';
import { withoutNul } from './without-nul.js';

interface DayView {
  seq: number;
  state: QueueState | null;
  work: WorkTracker;
  /** Tickets the events folded since the last write touched: only their rows are written again. */
  touched: Set<string>;
}

/** An entry as a batch carries it: its seq and the journal line, events inside. */
export interface SentEntry {
  seq: number;
  entry: { events: readonly unknown[] };
}

interface DayRow {
  stored_seq: number;
  projected_seq: number;
  projection_error: string | null;
}

const PAGE = 2000;
const UPSERT_CHUNK = 500;

export class Projector {
  readonly #days = new Map<string, DayView>();

  /**
   * Folds the day's stored entries that are not projected yet. Call inside the ingest transaction.
   * `sent`: the batch's entries of the day, folded from memory where they continue the day's view;
   * whatever they do not cover (a restart, a gap the batch filled) is read back from raw_entries.
   */
  async advance(
    tx: Queryable,
    officeId: string,
    day: string,
    sent: readonly SentEntry[] = [],
  ): Promise<void> {
    const [row] = await tx.query<DayRow>(
      `SELECT stored_seq, projected_seq, projection_error FROM office_days WHERE office_id = $1 AND day = $2`,
      [officeId, day],
    );
    if (!row || row.projection_error !== null || row.stored_seq <= row.projected_seq) return;
    const key = `${officeId}/${day}`;
    let view = this.#days.get(key);
    if (!view || view.seq !== row.projected_seq) {
      view = { seq: 0, state: null, work: new WorkTracker(), touched: new Set() };
    }
    try {
      foldSent(view, sent, row.stored_seq);
      await this.#fold(tx, officeId, day, view, row.stored_seq);
    } catch (error) {
      // The raw copy stays whole; only the figures of this day stop until someone looks.
      this.#days.delete(key);
      await tx.query(`UPDATE office_days SET projection_error = $3 WHERE office_id = $1 AND day = $2`, [
        officeId,
        day,
        String(error instanceof Error ? error.message : error).slice(0, 500),
      ]);
      return;
    }
    const state = view.state;
    await this.#writeTickets(tx, officeId, day, view);
    await this.#writeDay(tx, officeId, day, view);
    if (state?.closedAt != null) {
      await this.#writeSummary(tx, officeId, day, state, view.work);
      this.#days.delete(key);
    } else {
      this.#days.set(key, view);
    }
  }

  async #fold(tx: Queryable, officeId: string, day: string, view: DayView, upTo: number): Promise<void> {
    while (view.seq < upTo) {
      const rows = await tx.query<{ seq: number; entry: { events: DomainEvent[] } }>(
        `SELECT seq, entry FROM raw_entries WHERE office_id = $1 AND day = $2 AND seq > $3 AND seq <= $4
         ORDER BY seq LIMIT ${PAGE}`,
        [officeId, day, view.seq, upTo],
      );
      if (rows.length === 0) throw new Error(`entries after ${view.seq} are missing`);
      for (const { seq, entry } of rows) {
        if (seq !== view.seq + 1) throw new Error(`entry ${seq} follows ${view.seq}`);
        foldEntry(view, seq, entry.events);
      }
    }
  }

  async #writeTickets(tx: Queryable, officeId: string, day: string, view: DayView): Promise<void> {
    const changed: Ticket[] = [];
    const tickets = view.state?.tickets ?? {};
    for (const id of view.touched) {
      const t = tickets[id];
      if (t) changed.push(t);
    }
    view.touched.clear();
    for (let i = 0; i < changed.length; i += UPSERT_CHUNK) {
      await upsertTickets(tx, officeId, day, changed.slice(i, i + UPSERT_CHUNK));
    }
  }

  async #writeDay(tx: Queryable, officeId: string, day: string, view: DayView): Promise<void> {
    const s = view.state;
    const c = { waiting: 0, since: null as number | null, served: 0, noShows: 0 };
    const outcomes = { solved: 0, consulted: 0, in_progress: 0, redirected: 0 };
    for (const t of Object.values(s?.tickets ?? {})) {
      if (t.status === 'waiting') {
        c.waiting += 1;
        if (c.since === null || t.queuedAt < c.since) c.since = t.queuedAt;
      } else if (t.status === 'finished') c.served += 1;
      else if (t.status === 'no_show') c.noShows += 1;
      if (t.outcome !== null) outcomes[t.outcome] += 1;
    }
    const desksOpen = Object.values(s?.desks ?? {}).filter((d) => d.status !== 'closed').length;
    await tx.query(
      `UPDATE office_days SET projected_seq = $3, opened_at = $4, closed_at = $5, waiting = $6,
         waiting_since = $7, desks_open = $8, served = $9, no_shows = $10, solved = $11, consulted = $12,
         in_progress = $13, redirected = $14,
         last_event_at = (SELECT (entry->>'at')::bigint FROM raw_entries
                          WHERE office_id = $1 AND day = $2 AND seq = $3)
       WHERE office_id = $1 AND day = $2`,
      [
        officeId,
        day,
        view.seq,
        s?.openedAt ?? null,
        s?.closedAt ?? null,
        c.waiting,
        c.since,
        desksOpen,
        c.served,
        c.noShows,
        outcomes.solved,
        outcomes.consulted,
        outcomes.in_progress,
        outcomes.redirected,
      ],
    );
  }

  async #writeSummary(tx: Queryable, officeId: string, day: string, state: QueueState, work: WorkTracker) {
    const closedAt = state.closedAt ?? 0;
    const summary = summarizeDay(day, Object.values(state.tickets), state.config, {
      until: closedAt,
      work: work.record(closedAt),
    });
    await tx.query(
      `INSERT INTO day_summaries (office_id, day, closed_at, summary) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (office_id, day) DO UPDATE SET closed_at = EXCLUDED.closed_at, summary = EXCLUDED.summary`,
      [officeId, day, closedAt, JSON.stringify(summary, withoutNul)],
    );
  }
}

/** Folds the sent entries that follow the view without a gap, up to what is stored whole. */
function foldSent(view: DayView, sent: readonly SentEntry[], upTo: number): void {
  if (sent.length === 0) return;
  const bySeq = new Map(sent.map((e) => [e.seq, e]));
  for (let next = bySeq.get(view.seq + 1); next && next.seq <= upTo; next = bySeq.get(view.seq + 1)) {
    foldEntry(view, next.seq, next.entry.events as DomainEvent[]);
  }
}

function foldEntry(view: DayView, seq: number, events: readonly DomainEvent[]): void {
  for (const event of events) {
    touch(view, event);
    view.state = foldOne(view.state, event);
  }
  view.work.apply(events);
  view.seq = seq;
}

/**
 * Notes the tickets an event changes, before it is folded (closing the day ends the tickets still
 * active then). Looking at the events, not at every ticket of the day, keeps a batch's cost to what it
 * holds: a big centre's day has thousands of tickets and a live batch touches one or two.
 */
function touch(view: DayView, event: DomainEvent): void {
  switch (event.type) {
    case 'ticket:issued':
      view.touched.add(event.ticket.id);
      return;
    case 'ticket:transferred':
      view.touched.add(event.ticketId);
      view.touched.add(event.next.id);
      return;
    case 'day:closed':
      for (const id of view.state?.activeIds ?? []) view.touched.add(id);
      return;
    default:
      if ('ticketId' in event) view.touched.add(event.ticketId);
  }
}

function foldOne(state: QueueState | null, event: DomainEvent): QueueState {
  if (state === null) {
    // The office opens every day with this event (seq 1); it carries the day's settings.
    if (event.type !== 'day:opened') throw new Error(`the day starts with ${event.type}, not day:opened`);
    const opened = initialState(event.config);
    evolve(opened, event);
    return opened;
  }
  evolve(state, event);
  return state;
}

async function upsertTickets(tx: Queryable, officeId: string, day: string, tickets: readonly Ticket[]) {
  const rows = tickets.map((t) => ({
    ticket_id: t.id,
    number: t.number,
    sector_id: t.sectorId,
    service_id: t.serviceId,
    priority: t.priority,
    status: t.status,
    outcome: t.outcome,
    issued_at: t.issuedAt,
    called_at: t.calledAt,
    started_at: t.startedAt,
    ended_at: t.endedAt,
    desk_id: t.deskId,
    operator_id: t.operatorId,
    data: t,
  }));
  await tx.query(
    `INSERT INTO tickets (office_id, day, ticket_id, number, sector_id, service_id, priority, status, outcome,
       issued_at, called_at, started_at, ended_at, desk_id, operator_id, data)
     SELECT $1, $2, r.* FROM jsonb_to_recordset($3::jsonb) AS r(ticket_id text, number text, sector_id text,
       service_id text, priority text, status text, outcome text, issued_at bigint, called_at bigint,
       started_at bigint, ended_at bigint, desk_id text, operator_id text, data jsonb)
     ON CONFLICT (office_id, day, ticket_id) DO UPDATE SET status = EXCLUDED.status,
       outcome = EXCLUDED.outcome, called_at = EXCLUDED.called_at, started_at = EXCLUDED.started_at,
       ended_at = EXCLUDED.ended_at, desk_id = EXCLUDED.desk_id, operator_id = EXCLUDED.operator_id,
       priority = EXCLUDED.priority, data = EXCLUDED.data`,
    [officeId, day, JSON.stringify(rows, withoutNul)],
  );
}
