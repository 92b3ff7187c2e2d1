// The live picture of the region: one row per office the viewer may see, from its latest business day.
// Reads only office_days, where the projector keeps each day's live figures and counts: the page asks
// every two seconds, and counting tickets per request does not scale to 500 offices (migration 2).
import type { Queryable } from './db.js';
import type { Viewer } from './viewers.js';

export interface OfficeLive {
  id: string;
  name: string;
  district: string;
  day: string | null;
  closed: boolean;
  waiting: number;
  /** When the longest-waiting visitor joined the queue; null with nobody waiting. */
  waitingSince: number | null;
  desksOpen: number;
  served: number;
  noShows: number;
  outcomes: { solved: number; consulted: number; in_progress: number; redirected: number };
  /** When the hub last stored a batch from this office. */
  lastReceivedAt: number | null;
  /** Cases not yet answered or redirected, and those of them past their deadline. */
  casesOpen: number;
  casesOverdue: number;
}

interface Row {
  id: string;
  name: string;
  district: string;
  last_received_at: number | null;
  day: string | null;
  closed_at: number | null;
  waiting: number | null;
  waiting_since: number | null;
  desks_open: number | null;
  served: number | null;
  no_shows: number | null;
  solved: number | null;
  consulted: number | null;
  in_progress: number | null;
  redirected: number | null;
  cases_open: number;
  cases_overdue: number;
}

export async function regionLive(db: Queryable, viewer: Viewer, now = Date.now()): Promise<OfficeLive[]> {
  const rows = await db.query<Row>(
    `SELECT o.id, o.name, o.district, o.last_received_at, d.day, d.closed_at, d.waiting, d.waiting_since,
       d.desks_open, d.served, d.no_shows, d.solved, d.consulted, d.in_progress, d.redirected,
       k.cases_open, k.cases_overdue
     FROM offices o
     LEFT JOIN LATERAL (SELECT * FROM office_days od WHERE od.office_id = o.id ORDER BY od.day DESC LIMIT 1) d
       ON true
     CROSS JOIN LATERAL (SELECT count(*)::integer AS cases_open,
         (count(*) FILTER (WHERE c.due_at <= $2))::integer AS cases_overdue
       FROM cases c WHERE c.office_id = o.id AND c.status = 'open') k
     WHERE $1::text IS NULL OR o.district = $1
     ORDER BY o.district, o.name, o.id`,
    [viewer.district, now],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    district: r.district,
    day: r.day,
    closed: r.closed_at !== null,
    waiting: r.waiting ?? 0,
    waitingSince: r.waiting_since,
    desksOpen: r.desks_open ?? 0,
    served: r.served ?? 0,
    noShows: r.no_shows ?? 0,
    outcomes: {
      solved: r.solved ?? 0,
      consulted: r.consulted ?? 0,
      in_progress: r.in_progress ?? 0,
      redirected: r.redirected ?? 0,
    },
    lastReceivedAt: r.last_received_at,
    casesOpen: r.cases_open,
    casesOverdue: r.cases_overdue,
  }));
}
