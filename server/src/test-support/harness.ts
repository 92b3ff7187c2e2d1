// A real Kezek server on a free port with real Socket.IO clients, for integration tests.
import { randomUUID } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import {
  ACK_TIMEOUT_MS,
  type Acks,
  type ClientToServerEvents,
  type InboundEvent,
  type OfficeSnapshot,
  type PayloadIn,
  type Result,
  type ServerToClientEvents,
} from '@kezek/shared';
import type { BookingStorage } from '../bookings/booking-storage.js';
import type { CaseStorage } from '../cases/case-storage.js';
import { createApp, type App, type AppDeps } from '../app.js';
import type { ConnectionCaps } from '../auth/connection-cap.js';
import { silentLogger } from '../logger.js';
import { memoryDayStore, type DayStore } from '../office/day-store.js';
import { DEMO_PASSWORDS, demoSettings } from '../settings/demo-office.js';
import { openMemorySettings, type SettingsStore } from '../settings/settings-store.js';
import type { Settings } from '../settings/types.js';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let demo: Settings | null = null;
/** Hashing nine demo passwords takes half a second: do it once per test file. */
export function demoSettingsOnce(): Settings {
  demo ??= demoSettings();
  return structuredClone(demo);
}

export interface Harness {
  app: App;
  url: string;
  settings: SettingsStore;
  store: DayStore;
  clients: Client[];
  client(token?: string): Promise<Client>;
  staff(username: string): Promise<Client>;
  device(kind: 'kiosk' | 'display'): Promise<Client>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  clock?: () => number;
  store?: DayStore;
  settings?: SettingsStore;
  /** A data folder for what lives in files beside the stores (media, audit log). */
  dataDir?: string;
  offlineAfterMs?: number;
  /** Where cases are journaled (default: memory); pass one to restart a server on the same cases. */
  caseStorage?: CaseStorage;
  /** Where bookings are journaled (default: memory); pass one to restart a server on the same bookings. */
  bookingStorage?: BookingStorage;
  newBookingCode?: () => string;
  hubLink?: AppDeps['hubLink'];
  hubLinkControl?: AppDeps['hubLinkControl'];
  connectionCaps?: ConnectionCaps;
  trustProxy?: string[];
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const settings = options.settings ?? openMemorySettings(demoSettingsOnce());
  const store = options.store ?? memoryDayStore();
  const app = await createApp({
    settings,
    store,
    log: silentLogger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.offlineAfterMs ? { offlineAfterMs: options.offlineAfterMs } : {}),
    ...(options.caseStorage ? { caseStorage: options.caseStorage } : {}),
    ...(options.bookingStorage ? { bookingStorage: options.bookingStorage } : {}),
    ...(options.newBookingCode ? { newBookingCode: options.newBookingCode } : {}),
    ...(options.hubLink ? { hubLink: options.hubLink } : {}),
    ...(options.hubLinkControl ? { hubLinkControl: options.hubLinkControl } : {}),
    ...(options.connectionCaps ? { connectionCaps: options.connectionCaps } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const clients: Client[] = [];
  const h: Harness = {
    app,
    url,
    settings,
    store,
    clients,
    async client(token) {
      const socket: Client = connect(url, {
        auth: token ? { token } : {},
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      clients.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      return socket;
    },
    async staff(username) {
      const socket = await h.client();
      const password = username === 'head' ? DEMO_PASSWORDS.head : DEMO_PASSWORDS.operator;
      const snapshot = nextSnapshot(socket);
      const result = await send(socket, 'auth:login', { username, password });
      if (!result.ok) throw new Error(`login ${username}: ${result.error}`);
      socket.auth = { token: result.data.token };
      await snapshot;
      return socket;
    },
    async device(kind) {
      const socket = await h.client();
      const snapshot = nextSnapshot(socket);
      // Like the apps: keep the token, so a reconnect signs in again.
      socket.once('device:paired', ({ token }) => (socket.auth = { token }));
      const result = await send(socket, 'device:request-pairing', { kind, name: `${kind} test` });
      if (!result.ok) throw new Error(`pairing: ${result.error}`);
      await snapshot;
      return socket;
    },
    async close() {
      for (const c of clients) c.disconnect();
      await app.close();
    },
  };
  return h;
}

export function send<E extends InboundEvent>(
  socket: Client,
  event: E,
  payload: PayloadIn<E>,
): Promise<Result<Acks[E]>> {
  // The generic event name defeats socket.io's overloads; the event map still types both ends.
  const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
    emitWithAck(e: E, p: PayloadIn<E>): Promise<Result<Acks[E]>>;
  };
  return timed.emitWithAck(event, payload);
}

export function nextSnapshot(socket: Client): Promise<OfficeSnapshot> {
  return new Promise((resolve) => socket.once('office:snapshot', resolve));
}

export const rid = (): string => randomUUID();

/** Fails the test with the error code instead of a type error when a command is refused. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  return result.data;
}
