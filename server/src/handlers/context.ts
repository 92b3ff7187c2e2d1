import type { Server, Socket } from 'socket.io';
import type {
  HubLinkView,
  ClientToServerEvents,
  OfficeSnapshot,
  ServerToClientEvents,
  SessionUser,
  SocketData,
} from '@kezek/shared';
import type { Access } from '../auth/access.js';
import type { HeadServices } from '../audit/head-services.js';
import type { BookingService } from '../bookings/booking-service.js';
import type { CaseService } from '../cases/case-service.js';
import type { Logger } from '../logger.js';
import type { Office } from '../office/office.js';
import type { Printing } from '../printing/print-service.js';
import type { OperatorStats } from '../office/operator-stats.js';
import type { SettingsPort } from '../auth/settings-port.js';

export type KezekServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type KezekSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

export type EndReason = 'logged_out' | 'expired' | 'revoked';

/** Who every live socket acts for (live-sessions.ts). */
export interface Sessions {
  /** The socket's actor read again from its token; `ended` after hanging up a session that ended. */
  current(socket: KezekSocket, reason?: EndReason): SessionUser | null | 'ended';
  /** Brings every live socket of `actorId` up to date, before the change that called it is answered. */
  refresh(actorId: string, reason: EndReason): void;
}

/** Everything a handler may touch; built once per connection. */
export interface HandlerContext {
  socket: KezekSocket;
  office: Office;
  /** Specialists' figures for today. */
  operatorStats: OperatorStats;
  /** Audit log, alerts and live set-up changes for the head. */
  head: HeadServices;
  access: Access;
  sessions: Sessions;
  settings: SettingsPort;
  /** Renders and prints tickets, one job at a time per printer. */
  printing: Printing;
  /** Follow-up cases: the durable store, who sees which, their views. */
  cases: CaseService;
  /** Bookings: the durable store, who sees which, the kiosk's check-in. */
  bookings: BookingService;
  log: Logger;
  /** The full picture a client draws from: the office's state plus the settings' content. */
  snapshot(): OfficeSnapshot;
  /** The region hub link's status, when the office forwards to a hub. */
  hubLink?: () => HubLinkView | null;
  /** Makes the socket act for `actor` from now on: rooms joined, snapshot sent. */
  admit(actor: SessionUser, token: string): void;
}

/** Handlers run only after the wrapper checked the role, so the actor is there. */
export function actorOf(ctx: HandlerContext): SessionUser {
  const actor = ctx.socket.data.actor;
  if (!actor) throw new Error('handler reached without an actor');
  return actor;
}
