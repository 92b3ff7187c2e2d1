// The Socket.IO contract: the only place an event is named. Used by `new Server<…>()` and every `io()`.
import type { CaseReport } from './cases/report.js';
import type { CaseSettings } from './cases/settings.js';
import type { CaseList, CaseReceipt, CaseView } from './cases/views.js';
import type { BookingList, BookingSettingsView, BookingView, SlotList } from './bookings/views.js';
import type { CheckInResult } from './bookings/types.js';
import type { Result } from './errors.js';
import type { OfficeConfig } from './queue/types.js';
import type { InboundEvent, PayloadIn } from './schemas.js';
import type { AuditEntry, DeviceView, HubLinkView, UserView } from './views-head.js';
import type {
  Alert,
  OfficeContent,
  CallView,
  DeviceInfo,
  HallView,
  IssuedTicket,
  OfficeSnapshot,
  OperatorDay,
  PrintStatus,
  Role,
  TicketBrief,
} from './views.js';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  /** Desks this user may open; empty means any. */
  deskIds: string[];
}

/** What each command acknowledges with when it succeeds. */
export interface Acks {
  'auth:login': { token: string; user: SessionUser };
  'auth:logout': null;
  'device:request-pairing': { code: string };
  'device:approve': { deviceId: string };
  'office:snapshot': OfficeSnapshot;
  'ticket:issue': IssuedTicket;
  'ticket:cancel': TicketBrief;
  'desk:open': null;
  'desk:close': null;
  'desk:call-next': TicketBrief;
  'desk:call-ticket': TicketBrief;
  'desk:recall': TicketBrief;
  'desk:start': TicketBrief;
  /** The ticket called next when `callNext` was asked and someone waited, else null. */
  'desk:finish': TicketBrief | null;
  'desk:no-show': null;
  'desk:return': null;
  'desk:transfer': TicketBrief;
  'desk:pause': null;
  'desk:resume': null;
  'day:close': null;
  // ── kiosk & printing ──
  'printer:test': { status: PrintStatus };
  /** How many specialists heard the call (0: only the head's screens). */
  'kiosk:help': { reached: number };
  // ── operator desk ──
  'desk:my-day': OperatorDay;
  // ── office head ──
  'admin:get': AdminState;
  'admin:save-office': null;
  'admin:save-content': null;
  'admin:save-user': { id: string };
  'admin:device-update': null;
  'admin:audit': AuditEntry[];
  'admin:alerts': Alert[];
  // ── follow-up cases: every change answers with the case as it now stands ──
  'case:list': CaseList;
  'case:get': CaseView;
  'case:open': CaseView;
  'case:edit': CaseView;
  'case:note': CaseView;
  'case:hand-over': CaseView;
  'case:extend': CaseView;
  'case:redirect': CaseView;
  'case:answer': CaseView;
  'case:reopen': CaseView;
  'case:print-receipt': CaseReceipt;
  'case:report': CaseReport;
  /** The office's case settings with the defaults filled in, and the year's days off they give. */
  'case:settings': { settings: CaseSettings; holidays: Record<string, string[]> };
  'case:save-settings': null;
  // ── bookings ──
  'booking:create': BookingView;
  'booking:cancel': BookingView;
  'booking:list': BookingList;
  'booking:slots': SlotList;
  'booking:settings': BookingSettingsView;
  'booking:save-settings': null;
  /** A ticket marked as booked, a walk-in ticket for a late arrival, or why there is none. */
  'kiosk:check-in': CheckInResult;
}

/** What the head's setup screens edit. */
export interface AdminState {
  config: OfficeConfig;
  content: OfficeContent;
  users: UserView[];
  devices: DeviceView[];
  /** The link to the region hub; null when the office forwards to none. */
  hubLink?: HubLinkView | null;
}

export type ClientToServerEvents = {
  [E in InboundEvent]: (payload: PayloadIn<E>, ack: (result: Result<Acks[E]>) => void) => void;
};

/** Pushed to a device while it waits for the head to confirm its pairing code. */
export interface DevicePaired {
  deviceId: string;
  token: string;
  kind: 'kiosk' | 'display';
}

export interface HallChanged {
  /**
   * The hall after this change, carrying only the sectors and desks whose view changed since the
   * previous `hall:changed` (rev - 1): a big centre has 60 desks and 200 screens, and resending the
   * whole hall on every press is what limited throughput (docs/benchmarks.md). Merge by id.
   */
  hall: HallView;
  /**
   * The revision this change applies to. Changes committed together (one disk sync) travel as one
   * broadcast, so `hall.rev` may be more than `since + 1`; a client holding another revision resyncs.
   */
  since: number;
  /** Calls and recalls made in this change, in order, for the display to flash and announce. */
  calls: CallView[];
}

export interface ServerToClientEvents {
  'office:snapshot': (snapshot: OfficeSnapshot) => void;
  'hall:changed': (change: HallChanged) => void;
  'device:paired': (paired: DevicePaired) => void;
  /** Who this socket acts for, sent once it is signed in (login, pairing or a token on reconnect). */
  'session:started': (actor: SessionUser, device: DeviceInfo | null) => void;
  // ── kiosk & printing ──
  /** To the kiosk that issued the ticket, once the printer answered. */
  'ticket:printed': (result: { ticketId: string; status: PrintStatus }) => void;
  // ── office head ──
  /** To the head's screens; a kiosk's help call also to the specialists who answer it. */
  'alert:raised': (alert: Alert) => void;
  'session:ended': (reason: 'logged_out' | 'expired' | 'revoked') => void;
  // ── follow-up cases ──
  /** To the head and to each specialist who may see the case, after any change to it. */
  'case:changed': (view: CaseView) => void;
  // ── bookings ──
  /** To the head and the specialists of the booking's sector, after any change to it. */
  'booking:changed': (view: BookingView) => void;
}

/** Sent in the Socket.IO handshake `auth` field. */
export interface HandshakeAuth {
  token?: string;
}

/** Server-side per-socket data (never sent to the client). */
export interface SocketData {
  actor: SessionUser | null;
  /** The token this socket signed in with, so logout can end that session. */
  token: string | null;
}

/** How long a client waits for an ack before showing "no answer" and retrying. */
export const ACK_TIMEOUT_MS = 5000;
