// The composition root: every running piece is made here from the adapters it is given, and nowhere
// else. index.ts wires the real disk and clock; tests wire temp folders, fake clocks and memory stores.
import { randomUUID } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { DeviceInfo, OfficeSnapshot, SessionUser } from '@kezek/shared';
import { Access } from './auth/access.js';
import type { SettingsPort } from './auth/settings-port.js';
import type { HandlerContext, KezekServer } from './handlers/context.js';
import { bindHandlers } from './handlers/define.js';
import { handlers } from './handlers/index.js';
import { createRoutes } from './http/routes.js';
import type { Logger } from './logger.js';
import type { DayStore } from './office/day-store.js';
import { Office } from './office/office.js';

export interface AppDeps {
  settings: SettingsPort;
  store: DayStore;
  log: Logger;
  clock?: () => number;
  newId?: () => string;
  appsDir?: string;
  version?: string;
}

export interface App {
  http: HttpServer;
  io: KezekServer;
  office: Office;
  access: Access;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Payloads are small JSON objects; anything bigger is hostile and closes that connection. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export async function createApp(deps: AppDeps): Promise<App> {
  const clock = deps.clock ?? Date.now;
  const { settings, log } = deps;
  const office = await Office.start({
    store: deps.store,
    clock,
    newId: deps.newId ?? (() => randomUUID().replaceAll('-', '').slice(0, 16)),
    log,
    config: () => settings.data.office,
    operatorNames: () => Object.fromEntries(settings.data.users.map((u) => [u.id, u.name])),
  });
  const access = new Access(settings, clock);
  const http = createServer(
    createRoutes({
      office,
      appsDir: deps.appsDir ?? '.',
      version: deps.version ?? '0.0.0',
      startedAt: clock(),
    }),
  );
  const io: KezekServer = new Server(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    // A hall display on flaky Wi-Fi gets its missed broadcasts replayed instead of a full resync.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
  });

  const snapshot = (): OfficeSnapshot => ({ ...office.snapshot(), content: settings.data.content });
  office.onCommitted(({ hall, calls }) => io.to('hall').emit('hall:changed', { hall, calls }));
  office.onReset(() => io.to('hall').emit('office:snapshot', snapshot()));

  io.on('connection', (socket) => {
    socket.data.actor ??= null;
    socket.data.token ??= null;
    const ctx: HandlerContext = {
      socket,
      office,
      access,
      settings,
      log,
      snapshot,
      admit(actor: SessionUser, token: string) {
        socket.data.actor = actor;
        socket.data.token = token;
        void socket.join(['hall', `role:${actor.role}`]);
        socket.emit('session:started', actor, deviceInfo(settings, actor.id));
        socket.emit('office:snapshot', snapshot());
      },
    };
    bindHandlers(ctx, handlers);
    if (socket.recovered && socket.data.actor) return;
    const token: unknown = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return;
    const resolved = access.resolve(token);
    if ('actor' in resolved) ctx.admit(resolved.actor, token);
    else socket.emit('session:ended', 'expired');
  });

  return {
    http,
    io,
    office,
    access,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
      }),
    async close() {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await office.close();
    },
  };
}

function deviceInfo(settings: SettingsPort, id: string): DeviceInfo | null {
  const device = settings.data.devices.find((d) => d.id === id);
  return device ? { printer: device.printer, scope: device.scope } : null;
}
