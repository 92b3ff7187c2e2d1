// The composition root: every running piece is made here from the adapters it is given, and nowhere
// else. index.ts wires the real disk and clock; tests wire temp folders, fake clocks and memory stores.
import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server } from 'socket.io';
import type { CallView, OfficeSnapshot, SessionUser } from '@kezek/shared';
import { AlertMonitor } from './alerts/alert-monitor.js';
import { AuditLog } from './audit/audit-log.js';
import { openBookings } from './bookings/attach-bookings.js';
import type { BookingStorage } from './bookings/booking-storage.js';
import type { BookingStore } from './bookings/booking-store.js';
import { attachCases, openCases } from './cases/attach-cases.js';
import type { CaseStorage } from './cases/case-storage.js';
import type { CaseStore } from './cases/case-store.js';
import type { HeadServices } from './audit/head-services.js';
import { Access } from './auth/access.js';
import type { SettingsPort } from './auth/settings-port.js';
import type { HandlerContext, KezekServer } from './handlers/context.js';
import { ConnectionCap, type ConnectionCaps } from './auth/connection-cap.js';
import { bindHandlers } from './handlers/define.js';
import { RateLimits, type RateLimit } from './handlers/rate-limits.js';
import { handlers } from './handlers/index.js';
import type { HubLinkControl } from './hub-link/link-control.js';
import type { HubLinkStatus } from './hub-link/link-status.js';
import { LiveSessions } from './handlers/live-sessions.js';
import { createHttp, type KezekHttp } from './http/http-app.js';
import type { Logger } from './logger.js';
import type { DayStore } from './office/day-store.js';
import { HallBroadcast, audienceOf } from './office/hall-broadcast.js';
import { Office } from './office/office.js';
import { attachPrinting } from './printing/print-service.js';
import { loadVoice } from './voice/voice.js';
import { OperatorStats } from './office/operator-stats.js';

export interface AppDeps {
  settings: SettingsPort;
  store: DayStore;
  log: Logger;
  clock?: () => number;
  newId?: () => string;
  appsDir?: string;
  /** The data folder: the office's own voice recordings and hall media live there. */
  dataDir?: string;
  version?: string;
  /** Command limit per device or user; the default suits people, the fault suite and the bench raise it. */
  rateLimit?: RateLimit;
  /** Command limit per source address, whoever the sockets from there act for. */
  addressRateLimit?: RateLimit;
  /** Open connections allowed per address, on the network and on the server's own machine. */
  connectionCaps?: ConnectionCaps;
  /** HTTPS with the office's own certificate; plain HTTP without. */
  tls?: { key: string; cert: string };
  /** Proxies whose X-Forwarded-For names the client on HTTP routes (the published /book page). */
  trustProxy?: string[];
  /** How long a paired device may be away before the head's alert; tests shorten it. */
  offlineAfterMs?: number;
  /** Where cases are journaled; default: the data folder's case journal, or memory without one. */
  caseStorage?: CaseStorage;
  /** The region hub link's status, when the office forwards to a hub (hub-link/). */
  hubLink?: () => HubLinkStatus | null;
  /** Where the office forwards, as the head's set-up changes it (hub-link/link-control.ts). */
  hubLinkControl?: HubLinkControl;
  /** Where bookings are journaled; default: data/bookings/ in the data folder, or memory without one. */
  bookingStorage?: BookingStorage;
  /** Booking codes; default 40 bits from crypto. Tests pass predictable ones. */
  newBookingCode?: () => string;
}

export interface App {
  http: HttpServer;
  web: KezekHttp;
  io: KezekServer;
  office: Office;
  /** Follow-up cases, durable apart from the day. */
  cases: CaseStore;
  /** Bookings, durable apart from the day. */
  bookings: BookingStore;
  access: Access;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Payloads are small JSON objects; anything bigger is hostile and closes that connection. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export async function createApp(deps: AppDeps): Promise<App> {
  const clock = deps.clock ?? Date.now;
  const { settings, log } = deps;
  const newId = deps.newId ?? (() => randomUUID().replaceAll('-', '').slice(0, 16));
  const operatorStats = new OperatorStats(clock);
  const office = await Office.start({
    store: deps.store,
    clock,
    newId,
    log,
    config: () => settings.data.office,
    operatorNames: () => Object.fromEntries(settings.data.users.map((u) => [u.id, u.name])),
    observers: [operatorStats.observe],
  });
  const caseStore = await openCases({
    office,
    settings,
    clock,
    newId,
    log,
    ...(deps.caseStorage ? { storage: deps.caseStorage } : {}),
    ...(deps.dataDir ? { dataDir: deps.dataDir } : {}),
  });
  // The socket server is made after the HTTP server, which already needs the bookings: their
  // announcements find it through this holder.
  const sockets: { io: KezekServer | null } = { io: null };
  const bookings = await openBookings({
    office,
    settings,
    clock,
    log,
    emit: (rooms, view) => sockets.io?.to(rooms).emit('booking:changed', view),
    ...(deps.bookingStorage ? { storage: deps.bookingStorage } : {}),
    ...(deps.dataDir ? { dataDir: deps.dataDir } : {}),
    ...(deps.newBookingCode ? { newCode: deps.newBookingCode } : {}),
  });
  const access = new Access(settings, clock);
  const voice = await loadVoice(deps.dataDir ? join(deps.dataDir, 'voice') : null);
  const announced = (calls: CallView[]) =>
    voice.decorate(calls, settings.data.office.languages, settings.data.content.voiceLanguages);
  const web = await createHttp({
    cases: caseStore,
    bookings: bookings.service,
    office,
    access,
    settings,
    store: deps.store,
    clock,
    appsDir: deps.appsDir ?? '.',
    dataDir: deps.dataDir ?? null,
    version: deps.version ?? '0.0.0',
    startedAt: clock(),
    content: () => settings.data.content,
    headServices: () => head,
    ...(deps.hubLink ? { hubLink: deps.hubLink } : {}),
    ...(deps.hubLinkControl ? { hubLinkControl: deps.hubLinkControl } : {}),
    ...(deps.tls ? { tls: deps.tls } : {}),
    ...(deps.trustProxy ? { trustProxy: deps.trustProxy } : {}),
    onInternalError: (err, method, url) =>
      log.error({ err, method, url: url.slice(0, 200) }, 'http request failed'),
  });
  const http = web.server;
  const cap = new ConnectionCap(deps.connectionCaps);
  const io: KezekServer = new Server(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: cap.allowRequest,
    serveClient: false,
    // A heartbeat every second, so a hall display shows "no connection" within 2.5 s of losing the server
    // (the default 25 s + 20 s would leave a dead screen looking alive for most of a minute). Issue 4.
    pingInterval: 1000,
    pingTimeout: 1500,
    // No connection state recovery: every (re)connect gets a full snapshot anyway, and recovery keeps
    // every broadcast of the last minutes in memory (FACTS: it also fails before the first broadcast).
  });
  sockets.io = io;

  const snapshot = (): OfficeSnapshot => {
    const base = office.snapshot();
    return { ...base, recentCalls: announced(base.recentCalls), content: settings.data.content };
  };
  const hall = new HallBroadcast(io, office, snapshot, announced);
  const broadcastSnapshot = () => hall.resync();
  const alerts = new AlertMonitor({
    io,
    office,
    clock,
    newId: () => randomUUID(),
    ...(deps.offlineAfterMs ? { offlineAfterMs: deps.offlineAfterMs } : {}),
  });
  alerts.start();
  const printing = attachPrinting({ io, office, settings, log, http, raise: (a) => alerts.raise(a) });
  const cases = attachCases({
    store: caseStore,
    settings,
    clock,
    emit: (rooms, view) => io.to(rooms).emit('case:changed', view),
    raise: (a) => alerts.raise(a),
  });
  const head: HeadServices = {
    audit: new AuditLog(deps.dataDir ?? null),
    alerts,
    broadcastSnapshot,
    clock,
  };

  io.engine.on('connection', (conn: Parameters<ConnectionCap['admit']>[0]) => cap.admit(conn));
  const limits = new RateLimits(deps.rateLimit, deps.addressRateLimit);
  const sessions = new LiveSessions(io, access, settings, (role) => hall.snapshotFor(audienceOf(role)));
  io.on('connection', (socket) => {
    alerts.watch(socket);
    socket.data.actor ??= null;
    socket.data.token ??= null;
    const ctx: HandlerContext = {
      socket,
      office,
      operatorStats,
      head,
      printing,
      cases: cases.service,
      bookings: bookings.service,
      access,
      sessions,
      settings,
      log,
      ...(deps.hubLink ? { hubLink: deps.hubLink } : {}),
      snapshot: () => hall.snapshotFor(audienceOf(socket.data.actor?.role ?? 'display')),
      admit: (actor: SessionUser, token: string) => sessions.admit(socket, actor, token),
    };
    bindHandlers(ctx, handlers, limits);
    const token: unknown = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return;
    const resolved = access.resolve(token);
    if ('actor' in resolved) ctx.admit(resolved.actor, token);
    else socket.emit('session:ended', 'expired');
  });

  await web.ready();
  return {
    http,
    web,
    io,
    office,
    cases: caseStore,
    bookings: bookings.service.store,
    access,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
      }),
    async close() {
      alerts.stop();
      const closed = new Promise<void>((resolve) => io.close(() => resolve()));
      // Browsers keep idle HTTP connections open, and http.close() would wait for them forever.
      http.closeAllConnections();
      await closed;
      await cases.close();
      await bookings.close();
      await office.close();
    },
  };
}
