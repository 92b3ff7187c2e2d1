// Real socket.io clients as the pages use them: websocket transport, a token in the handshake.
import { io, type Socket } from 'socket.io-client';
import type { OfficeSnapshot, Result } from '@kezek/shared';

export type BenchSocket = Socket;

/** Connects and waits for the first snapshot (Kezek) or just the connection (bare server). */
export function connect(url: string, token: string | null, waitSnapshot = true): Promise<BenchSocket> {
  const socket = io(url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('connect timed out')), 30_000);
    const done = () => {
      clearTimeout(timer);
      resolve(socket);
    };
    if (waitSnapshot) socket.once('office:snapshot', (_: OfficeSnapshot) => done());
    else socket.once('connect', done);
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Connects many sockets a few at a time, as a hall of devices coming up would. */
export async function connectAll(url: string, tokens: readonly (string | null)[], waitSnapshot = true) {
  const sockets: BenchSocket[] = [];
  for (let i = 0; i < tokens.length; i += 20) {
    const batch = tokens.slice(i, i + 20).map((t) => connect(url, t, waitSnapshot));
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

export interface Timed<T> {
  result: Result<T>;
  ms: number;
  sentAt: number;
}

/** Emits a command and measures until its acknowledgement. */
export async function timed<T>(socket: BenchSocket, event: string, payload: unknown): Promise<Timed<T>> {
  const sentAt = performance.now();
  // A lost or late answer is a result too (counted as refused), never a crash of the whole run.
  const result = (await socket
    .timeout(30_000)
    .emitWithAck(event, payload)
    .catch(() => ({ ok: false, error: 'timeout' }))) as Result<T>;
  return { result, ms: performance.now() - sentAt, sentAt };
}

let counter = 0;
export const requestId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
