// Entities of one office day. Plain JSON-serialisable data: the journal stores it, replay rebuilds it,
// and property tests compare it structurally.

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Names = Record<Lang, string>;

export const OUTCOMES = ['solved', 'consulted', 'in_progress', 'redirected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const PRIORITY_KINDS = ['disability', 'elderly', 'pregnant_or_infant', 'veteran'] as const;
export type PriorityKind = (typeof PRIORITY_KINDS)[number];

export const PAUSE_REASONS = ['break', 'lunch', 'paperwork', 'meeting', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** How a ticket ended; every ticket reaches exactly one of these or is still active. */
export const FINAL_STATUSES = ['finished', 'no_show', 'cancelled', 'transferred', 'unserved'] as const;
export type FinalStatus = (typeof FINAL_STATUSES)[number];
export const ACTIVE_STATUSES = ['waiting', 'called', 'serving'] as const;
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];
export type TicketStatus = ActiveStatus | FinalStatus;

/** Minutes after local midnight, [open, close). */
export type OpeningSpan = readonly [number, number];
/** Index 0 is Sunday, as in Date#getDay; null means closed that day. */
export type WeekHours = readonly (OpeningSpan | null)[];

export interface Service {
  id: string;
  names: Names;
}

export interface Sector {
  id: string;
  /** Latin capital letter, so a number reads the same in every language. */
  letter: string;
  names: Names;
  hints: Names;
  services: Service[];
  targetWaitMin: number;
  /** Tickets a day; null means no limit beyond the numbering (9,999). */
  dailyLimit: number | null;
  priorityAllowed: boolean;
  /** null: the office's hours apply. */
  hours: WeekHours | null;
  enabled: boolean;
  /** With no desk open for the sector: 'warn' (the default) still issues and says so; 'refuse' issues nothing. */
  whenNoDesk?: NoDeskPolicy;
  /** Its desks answer a kiosk's "I need help" (the service for people with disabilities); default false. */
  helpCalls?: boolean;
}

export const NO_DESK_POLICIES = ['warn', 'refuse'] as const;
export type NoDeskPolicy = (typeof NO_DESK_POLICIES)[number];

export interface Desk {
  id: string;
  number: number;
  sectorIds: string[];
  /** Multiplies the waited time of a sector's tickets when this desk chooses between sectors; default 1. */
  sectorWeights: Record<string, number>;
}

/**
 * Which waiting ticket a desk gets on "call next" (explained to staff in docs/queue-policy.md):
 * - strict: every priority ticket before any regular one, each group in arrival order;
 * - ratio: at most `priority` priority calls for every `regular` regular calls while both wait;
 * - weighted: a priority visitor counts as having waited `priorityBonusMin` minutes longer.
 */
export type PriorityPolicy =
  | { kind: 'strict' }
  | { kind: 'ratio'; priority: number; regular: number }
  | { kind: 'weighted'; priorityBonusMin: number };

/**
 * How call-next treats checked-in bookings (docs/queue-policy.md): a booked visitor whose slot has come
 * goes before walk-ins, but at most `maxBookedInRow` booked calls in a row per sector, and only one in a
 * row once the longest-waiting walk-in has waited past the norm (the sector's target wait unless
 * `walkInNormMin` is set). Absent: DEFAULT_BOOKING_POLICY.
 */
export interface BookingPolicy {
  maxBookedInRow: number;
  /** null: each sector's own target wait. */
  walkInNormMin: number | null;
}

export const DEFAULT_BOOKING_POLICY: BookingPolicy = { maxBookedInRow: 3, walkInNormMin: null };

/** What a ticket issued by a booking's check-in carries; a `late` one is a walk-in to the policy. */
export interface BookingMark {
  /** The booking's code ("7KQ4-M2XD"). */
  code: string;
  /** Epoch ms of the booked slot's start. */
  slotStart: number;
  late: boolean;
}

export interface OfficeConfig {
  officeName: Names;
  timeZone: string;
  hours: WeekHours;
  /** Order in which a call is spoken and labels are shown; the ticket's own language goes first. */
  languages: Lang[];
  sectors: Sector[];
  desks: Desk[];
  policy: PriorityPolicy;
  /** A transferred visitor keeps the original arrival time (true) or joins the end of the new queue. */
  transferKeepsArrival: boolean;
  /** Calling a ticket also starts its service. */
  startOnCall: boolean;
  /** Seconds after a call before "no-show" is offered. */
  noShowGraceSec: number;
  /** Booked visitors before walk-ins, within limits; absent: DEFAULT_BOOKING_POLICY. */
  bookingPolicy?: BookingPolicy;
}

export interface Ticket {
  id: string;
  /** What the visitor holds and hears: letter + at least three digits, e.g. "A012". */
  number: string;
  /** Sequence within the sector and day; a transferred leg keeps its first leg's number and seq. */
  seq: number;
  /** Secret part of the status page address /t/<code>. */
  code: string;
  sectorId: string;
  serviceId: string | null;
  priority: PriorityKind | null;
  lang: Lang;
  status: TicketStatus;
  issuedAt: number;
  /** Place in the queue: arrival time, or the transfer time when arrival is not kept. */
  queuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
  /** While called or serving: the desk; for a ticket transferred to a desk: that desk. */
  deskId: string | null;
  operatorId: string | null;
  /** Only this desk may call it (a transfer to a specific desk). */
  targetDeskId: string | null;
  calls: number;
  outcome: Outcome | null;
  note: string | null;
  /** The first leg's id for a transferred visitor, else null. */
  firstLegId: string | null;
  previousLegId: string | null;
  nextLegId: string | null;
  rating: { stars: number; comment: string | null; at: number } | null;
  /** The kiosk or user that issued it. */
  source: string;
  /** Issued by a booking's check-in; absent for walk-ins. */
  booking?: BookingMark;
}

export type DeskStatus = 'closed' | 'open' | 'paused';

export interface DeskState {
  deskId: string;
  status: DeskStatus;
  operatorId: string | null;
  ticketId: string | null;
  pauseReason: PauseReason | null;
  /** When the current status began. */
  since: number;
  /** The latest call or recall of the visitor at the desk: the no-show grace runs from here. */
  calledAt: number | null;
}

export interface SectorCounters {
  /**
   * Last sequence number issued today; numbers come from here, never from a count. It is also how many
   * tickets the sector issued today (transfer legs keep their first leg's number and do not count).
   */
  lastSeq: number;
  /** Ratio policy: priority calls still allowed before a regular one must be called. */
  priorityCredit: number;
  regularSincePriority: number;
  /** Durations of the most recent services in seconds, newest last (at most 20). */
  recentServiceSec: number[];
  /** Booked visitors called in a row by call-next since the last walk-in; absent means 0. */
  bookedInRow?: number;
}

export interface QueueState {
  /** Business day in the office zone, YYYY-MM-DD; null before the first day-opened. */
  day: string | null;
  openedAt: number | null;
  closedAt: number | null;
  config: OfficeConfig;
  tickets: Record<string, Ticket>;
  /** Ids of waiting/called/serving tickets in issue order, so views never scan the whole day. */
  activeIds: string[];
  desks: Record<string, DeskState>;
  sectors: Record<string, SectorCounters>;
}

/** What the pure functions need from the outside world. */
export interface Context {
  now: number;
  /** A fresh unique id (ticket ids, status codes); tests pass a counter. */
  newId: () => string;
}
