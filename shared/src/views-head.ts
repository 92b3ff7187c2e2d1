// What the office head's screens see: reports, the audit log, devices and users.
import type { Outcome } from './queue/types.js';
import type { DisplayScope, PrinterSettings } from './views.js';

/** Wait or service times of a report row, in seconds; null when nothing was measured. */
export interface ReportDurations {
  count: number;
  avgSec: number | null;
  /** Median and p90 come from per-minute histograms (they add up across days): exact to the minute. */
  medianSec: number | null;
  p90Sec: number | null;
  maxSec: number | null;
}

/** One line of a report: a sector, service, desk, specialist, 30-minute period or the whole office. */
export interface ReportRow {
  /**
   * The sector/service/desk/user id, or the period's number, or "total"; "~none" for the legs without a
   * service, desk, specialist or period, so that every table adds up to the total.
   */
  key: string;
  label: string;
  arrived: number;
  transferredIn: number;
  served: number;
  /** Of the legs that ended in this group other than by a transfer onwards, the share served, percent. */
  servedPct: number | null;
  noShow: number;
  cancelled: number;
  transferredOut: number;
  unserved: number;
  active: number;
  wait: ReportDurations;
  service: ReportDurations;
  overTarget: number;
  overTargetPct: number | null;
  outcomes: Record<Outcome, number>;
  ratingCount: number;
  ratingAvg: number | null;
  /** Arrivals that checked in on time for a booking; the rest of `arrived` are walk-ins (late check-ins too). */
  booked?: number;
  walkIn?: number;
  /** Booked arrivals' wait from the later of their slot's start and their check-in to their call. */
  bookedWait?: ReportDurations;
  /** Bookings of the period nobody checked in for (office, sector and service rows only). */
  bookingNoShows?: number;
}

/** A specialist's or desk's time at work, seconds: idle = open - paused - busy. */
export interface WorkRow {
  key: string;
  label: string;
  openSec: number;
  pausedSec: number;
  busySec: number;
  idleSec: number;
}

export interface ReportFilter {
  sectorId: string | null;
  /** Minutes after local midnight, [from, to): only legs queued then. */
  fromMin: number | null;
  toMin: number | null;
}

export interface ReportView {
  from: string;
  to: string;
  /** Days with data in the range (today counts while open). */
  days: number;
  filter: ReportFilter;
  generatedAt: number;
  total: ReportRow;
  sectors: ReportRow[];
  services: ReportRow[];
  desks: ReportRow[];
  operators: ReportRow[];
  periods: ReportRow[];
  work: { desks: WorkRow[]; operators: WorkRow[] };
  /** Legs whose wait fell in minute i (the last bucket: two hours and more). */
  waitHistogram: number[];
  /** Of those, the legs that waited longer than their own sector's target (sums to total.overTarget). */
  waitOverHistogram: number[];
  /** Per 30-minute period of the day (48): the most visitors waiting at once, averaged over the days. */
  queuePeak: number[];
  /** The smallest and largest target wait among the sectors in the report, minutes. */
  targetWaitMin: number;
  targetWaitMaxMin: number;
}

/** One line of the audit log: who changed what in the set-up, and when. */
export interface AuditEntry {
  at: number;
  actorId: string;
  actorName: string;
  action: string;
  /** What changed, short and readable, e.g. "sector civil-registry: names.ru". */
  summary: string;
}

/** A paired device as the head's setup screen lists it (never its token). */
export interface DeviceView {
  id: string;
  kind: 'kiosk' | 'display';
  name: string;
  pairedAt: number;
  revoked: boolean;
  online: boolean;
  printer: PrinterSettings | null;
  scope: DisplayScope | null;
}

/** A staff account as the setup screen lists it (never its password hash). */
export interface UserView {
  id: string;
  username: string;
  name: string;
  role: 'operator' | 'head';
  deskIds: string[];
  active: boolean;
}

/** Why the office's last delivery to the region hub failed, if it did. */
export type HubLinkError =
  'unreachable' | 'unauthorized' | 'refused' | 'hub_error' | 'bad_answer' | 'journal_unreadable';

/** The office's link to the region hub, for the head (also in the office's /api/health). */
export interface HubLinkView {
  /** The hub's address, never the key. */
  hubUrl: string;
  /** delivering: sending or caught up; retrying: the last attempt failed and the next one waits. */
  state: 'delivering' | 'retrying';
  /** When the hub last acknowledged a batch (ms since the epoch), or null. */
  lastDeliveredAt: number | null;
  /** Durable journal entries the hub does not hold yet. */
  pending: number;
  lastError: HubLinkError | null;
  lastErrorAt: number | null;
}

/** The head's set-up of the hub link (GET/PUT/DELETE /api/hub-link): never the key, only its office id. */
export interface HubLinkSetup {
  /** start: set by the server's start command, which wins over the set-up; setup; null: off. */
  source: 'start' | 'setup' | null;
  url: string | null;
  keyHint: string | null;
  /** What the set-up holds, even while the start command wins. */
  saved: { url: string; keyHint: string } | null;
  status: HubLinkView | null;
  /** The server's clock, so "3 min ago" does not depend on the head's PC clock. */
  now: number;
}
