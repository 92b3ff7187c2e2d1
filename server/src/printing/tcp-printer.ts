// A network thermal printer on raw port 9100 (JetDirect): connect, ask DLE EOT 1 and 4, then send the job.
import { connect, type Socket } from 'node:net';
import type { PrintStatus } from '@kezek/shared';
import { isOfflineByte, isPaperOutByte, isStatusByte, statusQuery } from './escpos.js';
import type { Printer, PrinterState } from './printer.js';

const CONNECT_MS = 3000;
/** Printers that answer DLE EOT do so within a few ms; one that stays silent has no back channel. */
const ANSWER_MS = 700;
const WRITE_MS = 10_000;

export function tcpPrinter(host: string, port: number): Printer {
  return {
    async status() {
      const link = await open(host, port).catch(() => null);
      if (!link) return 'offline';
      try {
        return await ask(link);
      } finally {
        link.socket.destroy();
      }
    },
    async print(bytes) {
      const link = await open(host, port).catch(() => null);
      if (!link) return 'offline';
      try {
        const state = await ask(link);
        if (state === 'offline' || state === 'paper_out') return state;
        return await send(link.socket, bytes);
      } catch {
        return 'error';
      } finally {
        link.socket.destroy();
      }
    },
  };
}

interface Link {
  socket: Socket;
  /** Resolves with the next status byte the printer sends, or null after the wait. */
  next(ms: number): Promise<number | null>;
}

function open(host: string, port: number): Promise<Link> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const answers: number[] = [];
    let waiter: ((b: number) => void) | null = null;
    socket.on('data', (chunk: Buffer) => {
      for (const b of chunk) {
        if (!isStatusByte(b)) continue;
        if (waiter) {
          const w = waiter;
          waiter = null;
          w(b);
        } else answers.push(b);
      }
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('connect timeout'));
    }, CONNECT_MS);
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      socket.on('error', () => undefined); // reported by the write that fails
      resolve({
        socket,
        next: (ms) =>
          new Promise((done) => {
            const queued = answers.shift();
            if (queued !== undefined) return done(queued);
            const t = setTimeout(() => {
              waiter = null;
              done(null);
            }, ms);
            waiter = (b) => {
              clearTimeout(t);
              done(b);
            };
          }),
      });
    });
  });
}

async function ask(link: Link): Promise<PrinterState> {
  link.socket.write(statusQuery(1));
  const online = await link.next(ANSWER_MS);
  if (online === null) return 'unknown';
  if (isOfflineByte(online)) {
    // Offline is also what a printer says with the paper out: the paper sensor tells which.
    link.socket.write(statusQuery(4));
    const paper = await link.next(ANSWER_MS);
    return paper !== null && isPaperOutByte(paper) ? 'paper_out' : 'offline';
  }
  link.socket.write(statusQuery(4));
  const paper = await link.next(ANSWER_MS);
  return paper !== null && isPaperOutByte(paper) ? 'paper_out' : 'ready';
}

function send(socket: Socket, bytes: Uint8Array): Promise<PrintStatus> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('error'), WRITE_MS);
    socket.once('error', () => {
      clearTimeout(timer);
      resolve('offline');
    });
    socket.end(bytes, () => {
      clearTimeout(timer);
      resolve('printed');
    });
  });
}
