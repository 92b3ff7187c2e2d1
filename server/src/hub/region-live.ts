// The live picture of the region: one row per office the viewer may see, from its latest business day.
// Reads office_days (the projector keeps waiting and desks there) and counts that day's tickets by status
// and outcome through the tickets_day_status index.
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
  served: number;
  no_shows: number;
  solved: number;
  consulted: number;
  in_progress: number;
  redirected: number;
}

export async function regionLive(db: Queryable, viewer: Viewer): Promise<OfficeLive[]> {
  const rows = await db.query<Row>(
    `SELECT o.id, o.name, o.district, o.last_received_at, d.day, d.closed_at, d.waiting, d.waiting_since,
       d.desks_open,
       count(t.ticket_id) FILTER (WHERE t.status = 'finished')::integer AS served,
       count(t.ticket_id) FILTER (WHERE t.status = 'no_show')::integer AS no_shows,
       count(t.ticket_id) FILTER (WHERE t.outcome = 'solved')::integer AS solved,
       count(t.ticket_id) FILTER (WHERE t.outcome = 'consulted')::integer AS consulted,
       count(t.ticket_id) FILTER (WHERE t.outcome = 'in_progress')::integer AS in_progress,
       count(t.ticket_id) FILTER (WHERE t.outcome = 'redirected')::integer AS redirected
     FROM offices o
     LEFT JOIN LATERAL (SELECT * FROM office_days od WHERE od.office_id = o.id ORDER BY od.day DESC LIMIT 1) d
       ON true
     LEFT JOIN tickets t ON t.office_id = o.id AND t.day = d.day
     WHERE $1::text IS NULL OR o.district = $1
     GROUP BY o.id, o.name, o.district, o.last_received_at, d.day, d.closed_at, d.waiting, d.waiting_since,
       d.desks_open
     ORDER BY o.district, o.name, o.id`,
    [viewer.district],
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
    served: r.served,
    noShows: r.no_shows,
    outcomes: {
      solved: r.solved,
      consulted: r.consulted,
      in_progress: r.in_progress,
      redirected: r.redirected,
    },
    lastReceivedAt: r.last_received_at,
  }));
}
