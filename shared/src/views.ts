// What clients see: projections of the queue state, computed on the server by queue/project.ts.
// No client ever receives the whole state (a big centre's day holds thousands of tickets).
import type {
  DeskStatus,
  Lang,
  Names,
  Outcome,
  PauseReason,
  PriorityKind,
  PriorityPolicy,
  TicketStatus,
  WeekHours,
} from './queue/types.js';

export type Role = 'kiosk' | 'display' | 'operator' | 'head';

export interface TicketBrief {
  id: string;
  number: string;
  sectorId: string;
  serviceId: string | null;
  priority: PriorityKind | null;
  lang: Lang;
  status: TicketStatus;
  issuedAt: number;
  queuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  deskId: string | null;
  targetDeskId: string | null;
  calls: number;
}

export interface SectorLive {
  id: string;
  waiting: number;
  waitingPriority: number;
  /** queuedAt of the longest-waiting ticket, null when nobody waits. */
  longestSince: number | null;
  /** Estimated wait for a ticket taken now, in minutes; null when no open desk serves the sector. */
  estimateMin: number | null;
  /** Open (not paused) desks serving the sector now. */
  desksOpen: number;
  /** The next tickets in the order call-next would take them, at most 10. */
  next: TicketBrief[];
  issuedToday: number;
  /** Whether the kiosk may issue now, and if not, why. */
  issuing: 'open' | 'sector_disabled' | 'outside_hours' | 'daily_limit_reached';
}

export interface DeskLive {
  id: string;
  number: number;
  sectorIds: string[];
  status: DeskStatus;
  operatorId: string | null;
  operatorName: string | null;
  ticket: TicketBrief | null;
  pauseReason: PauseReason | null;
  since: number;
}

export interface CallView {
  ticketId: string;
  number: string;
  deskId: string;
  deskNumber: number;
  sectorId: string;
  lang: Lang;
  at: number;
  recall: boolean;
}

export interface SectorInfo {
  id: string;
  letter: string;
  names: Names;
  hints: Names;
  services: { id: string; names: Names }[];
  targetWaitMin: number;
  dailyLimit: number | null;
  priorityAllowed: boolean;
  hours: WeekHours | null;
}

export interface OfficeInfo {
  name: Names;
  timeZone: string;
  languages: Lang[];
  policy: PriorityPolicy;
  startOnCall: boolean;
  noShowGraceSec: number;
  sectors: SectorInfo[];
}

/** Live part of the hall, sent with every change. */
export interface HallView {
  /** Journal sequence of the last change included; clients use it to spot a gap and resync. */
  rev: number;
  day: string;
  now: number;
  sectors: SectorLive[];
  desks: DeskLive[];
}

/** Everything a client needs to draw itself from nothing: sent on every (re)connect. */
export interface OfficeSnapshot {
  office: OfficeInfo;
  hall: HallView;
  /** Newest first, at most 20. */
  recentCalls: CallView[];
}

/** What the kiosk shows and prints after issuing. */
export interface IssuedTicket {
  ticket: TicketBrief;
  code: string;
  peopleAhead: number;
  estimateMin: number | null;
}

export interface FinishedSummary {
  ticketId: string;
  outcome: Outcome;
}
