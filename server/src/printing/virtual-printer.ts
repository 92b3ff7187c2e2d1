// A thermal printer for tests: a TCP server on 127.0.0.1 that keeps every job, answers DLE EOT status
// queries like an Epson TM-T20 (FACTS: no npm package turns ESC/POS back into a picture), and can be told
// that its paper ran out or that it went offline.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { decodeEscPos, type DecodedJob } from './raster-decode.js';

export interface VirtualJob extends DecodedJob {
  bytes: Buffer;
}

export type VirtualMode = 'ready' | 'paper_out' | 'offline' | 'silent';

export interface VirtualPrinter {
  url: string;
  port: number;
  /** Jobs that carried a picture, oldest first. */
  jobs: VirtualJob[];
  mode: VirtualMode;
  /** Resolves with the next job that carries a picture. */
  nextJob(timeoutMs?: number): Promise<VirtualJob>;
  close(): Promise<void>;
}

// Status bytes: bit 4 always set; DLE EOT 1 bit 3 = offline; DLE EOT 4 bits 5-6 = roll out.
const ONLINE = 0x12;
const OFFLINE = 0x1a;
const PAPER_OK = 0x12;
const PAPER_OUT = 0x72;

export async function startVirtualPrinter(): Promise<VirtualPrinter> {
  const sockets = new Set<Socket>();
  const waiters: ((job: VirtualJob) => void)[] = [];
  const printer: VirtualPrinter = {
    url: '',
    port: 0,
    jobs: [],
    mode: 'ready',
    nextJob(timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no print job arrived')), timeoutMs);
        waiters.push((job) => {
          clearTimeout(timer);
          resolve(job);
        });
      });
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      answerQueries(socket, chunk, printer.mode);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      const bytes = Buffer.concat(chunks);
      const job = { ...decodeEscPos(bytes), bytes };
      if (!job.image || printer.mode !== 'ready') return; // a printer that is out prints nothing
      printer.jobs.push(job);
      waiters.shift()?.(job);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  printer.port = (server.address() as AddressInfo).port;
  printer.url = `tcp://127.0.0.1:${printer.port}`;
  return printer;
}

function answerQueries(socket: Socket, chunk: Buffer, mode: VirtualMode): void {
  if (mode === 'silent') return;
  for (let i = 0; i + 2 < chunk.length; i++) {
    if (chunk[i] !== 0x10 || chunk[i + 1] !== 0x04) continue;
    const n = chunk[i + 2];
    if (n === 1) socket.write(Buffer.from([mode === 'ready' ? ONLINE : OFFLINE]));
    else if (n === 4) socket.write(Buffer.from([mode === 'paper_out' ? PAPER_OUT : PAPER_OK]));
    else socket.write(Buffer.from([ONLINE]));
  }
}
