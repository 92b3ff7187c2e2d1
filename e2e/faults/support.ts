// Shared by the fault suite: real socket.io clients against the built server in a child process.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@kezek/shared';
import { startServer, type ServerProcess } from '../support/server-process.js';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
export type Answer = { ok: boolean; data?: unknown; error?: string };

/** Emits with a timeout; a dead server makes it reject. */
export function call(socket: Client, event: string, payload: unknown, timeoutMs = 5000): Promise<Answer> {
  const timed = socket.timeout(timeoutMs) as unknown as {
    emitWithAck(e: string, p: unknown): Promise<Answer>;
  };
  return timed.emitWithAck(event, payload);
}

/** Connects; with a token, waits until the server has admitted it (the first snapshot). */
export function connect(url: string, token?: string): Promise<Client> {
  const socket: Client = io(url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no connection in time')), 20_000);
    const done = () => {
      clearTimeout(timer);
      resolve(socket);
    };
    if (token) socket.once('office:snapshot', done);
    else socket.once('connect', done);
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const socket = await connect(url);
  const r = await call(socket, 'auth:login', { username, password });
  socket.disconnect();
  if (!r.ok) throw new Error(`login ${username}: ${r.error}`);
  return (r.data as { token: string }).token;
}

/** Pairs a device (the demo office pairs local devices at once) and returns its token. */
export async function pair(url: string, kind: 'kiosk' | 'display'): Promise<string> {
  const socket = await connect(url);
  const paired = new Promise<string>((r) => socket.once('device:paired', (p) => r(p.token)));
  await call(socket, 'device:request-pairing', { kind, name: `fault ${kind}` });
  const token = await paired;
  socket.disconnect();
  return token;
}

export async function state(server: ServerProcess, headToken: string): Promise<unknown> {
  const res = await fetch(`${server.url}/api/state`, { headers: { authorization: `Bearer ${headToken}` } });
  if (!res.ok) throw new Error(`/api/state answered ${res.status}`);
  return res.json();
}

export async function rssMB(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The built server with the command limits raised, for suites that send faster than a person. */
export function startFastServer(dataDir: string): Promise<ServerProcess> {
  process.env.KEZEK_RATE_LIMIT = '1000000/1000000';
  process.env.KEZEK_ADDRESS_RATE_LIMIT = '1000000/1000000';
  return startServer(dataDir).finally(() => {
    delete process.env.KEZEK_RATE_LIMIT;
    delete process.env.KEZEK_ADDRESS_RATE_LIMIT;
  });
}
