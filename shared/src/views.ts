// What clients see: projections of the queue state, computed on the server by queue/project.ts.
// No client ever receives the whole state (a big centre's day holds thousands of tickets).
import type {
  BookingMark,
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
  /** Issued by a booking's check-in: the desk and the hall mark it; absent for walk-ins. */
  booking?: BookingMark;
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
  /** The next tickets in the order call-next would take them, at most 10; staff only (empty elsewhere). */
  next: TicketBrief[];
  issuedToday: number;
  /** Whether the kiosk may issue now, and if not, why. */
  issuing: 'open' | 'sector_disabled' | 'outside_hours' | 'daily_limit_reached' | 'no_open_desk';
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
  /** The latest call or recall of the visitor at the desk; no-show is allowed noShowGraceSec after it. */
  calledAt: number | null;
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
  /**
   * What the hall hears, computed by the server so every display says the same: one part per language
   * (the ticket's first), each a list of clip URLs played back to back after the chime.
   */
  announce?: Announcement;
}

export interface AnnouncementPart {
  lang: Lang;
  clips: string[];
  /** The same call said briefly ("A twelve, desk three"), for when other calls wait to be spoken. */
  brief?: string[];
}
export type Announcement = AnnouncementPart[];

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

/** What kiosks, tickets and displays show besides the queue (settings.content). */
export interface OfficeContent {
  /** Printed at the bottom of every ticket. */
  ticketFooter: Names;
  /** The running line at the bottom of the hall display; empty strings hide it. */
  ticker: Names;
  /** File names under the data folder's media/ that displays loop (videos or images). */
  media: string[];
  /** 0..1 */
  volume: number;
  /** [start, end) in minutes after local midnight when displays stay silent; null: never. */
  quietHours: readonly [number, number] | null;
  /** A kiosk returns to its start screen after this many idle seconds. */
  kioskIdleSec: number;
  /**
   * How many languages a call is spoken in: the ticket's own first, then the office's others in their
   * order. Absent: DEFAULT_VOICE_LANGUAGES.
   */
  voiceLanguages?: number;
  /** What the office shows the public of its own figures; absent: the defaults below. */
  openness?: OpennessSettings;
}

export interface OpennessSettings {
  /** The hall display's transparency zone (today's and this month's figures). Default on. */
  hallZone: boolean;
  /** Specialists' names beside their figures on /open. Default off. */
  showNames: boolean;
}

/** The ticket's language and one other: a Kazakh ticket is read in Kazakh, then Russian. */
export const DEFAULT_VOICE_LANGUAGES = 2;

/** Everything a client needs to draw itself from nothing: sent on every (re)connect. */
export interface OfficeSnapshot {
  office: OfficeInfo;
  hall: HallView;
  /** Newest first, at most 20. */
  recentCalls: CallView[];
  content: OfficeContent;
}

/** Where a kiosk prints: `tcp://host:9100`, `file:///dev/usb/lp0`, or LOCAL_PRINTER_URL. */
export interface PrinterSettings {
  url: string;
  paperWidth: 58 | 80;
}

/**
 * A printer attached to the kiosk itself (USB on a Windows kiosk, say): the server still renders the
 * ticket's bytes, and the kiosk page hands them to the Electron shell's bridge (shared/src/bridge.ts).
 */
export const LOCAL_PRINTER_URL = 'local:';

export const isLocalPrinter = (printer: PrinterSettings | null | undefined): boolean =>
  printer?.url === LOCAL_PRINTER_URL;

/** A display limited to part of the hall (a second floor, a separate room). */
export interface DisplayScope {
  sectorIds: string[];
  deskIds: string[];
}

/** Settings of the device behind a socket, sent with session:started. */
export interface DeviceInfo {
  printer: PrinterSettings | null;
  scope: DisplayScope | null;
}

/** The phone page behind a ticket's QR code (/t/<code>), fetched from GET /api/tickets/<code>. */
export interface TicketStatusView {
  number: string;
  lang: Lang;
  sectorNames: Names;
  officeName: Names;
  /** ended: no-show, cancelled or unserved; finished visits may be rated. */
  status: 'waiting' | 'called' | 'serving' | 'finished' | 'ended';
  peopleAhead: number | null;
  estimateMin: number | null;
  deskNumber: number | null;
  issuedAt: number;
  canRate: boolean;
  rating: number | null;
}

/** Raised to the head's screens as it happens. */
export interface Alert {
  id: string;
  at: number;
  kind:
    | 'wait_over_target'
    | 'printer_problem'
    | 'device_offline'
    | 'storage_failed'
    | 'help_requested'
    | 'case_overdue';
  /** The sector, desk or device concerned. */
  subjectId: string | null;
  /** e.g. the printer status ('paper_out', 'offline') or the minutes waited. */
  detail: string;
}

/** The printer's answer when a kiosk's ticket was sent to it. */
export type PrintStatus = 'printed' | 'paper_out' | 'offline' | 'error' | 'no_printer';

/** What the kiosk shows and prints after issuing. */
export interface IssuedTicket {
  ticket: TicketBrief;
  code: string;
  peopleAhead: number;
  estimateMin: number | null;
}

/** A specialist's own figures for today, on the operator desk. */
export interface OperatorDay {
  served: number;
  noShows: number;
  transferred: number;
  outcomes: Record<Outcome, number>;
  /** Mean service time of finished visits, seconds; null before the first. */
  avgServiceSec: number | null;
  /** Seconds paused today, and seconds open with nobody at the desk. */
  pausedSec: number;
  idleSec: number;
}
