// Rendering a ticket is ~10 ms of CPU (skia text, a QR code, the 1-bit threshold). On the event loop
// that is 10 ms in which no call reaches the hall: a kiosk printing every few seconds doubled the
// call -> display p99 in the bench. One worker thread renders instead; it and its canvas library load on
// the first ticket printed, as the renderer did before, and it does not keep the process alive.
import { Worker } from 'node:worker_threads';
import type { ReceiptContent } from '@kezek/shared';
import type { PaperWidth } from './paper.js';
import type { TicketContent, TicketLines } from './ticket-content.js';

export type RenderJob =
  | { kind: 'ticket'; content: TicketContent; lines: TicketLines; paper: PaperWidth }
  | { kind: 'receipt'; content: ReceiptContent; paper: PaperWidth };
export interface RenderRequest {
  id: number;
  job: RenderJob;
}
export type RenderReply =
  { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

interface Pending {
  resolve: (bytes: Buffer) => void;
  reject: (err: Error) => void;
}

/**
 * Under vitest the sources are TypeScript, which a plain worker thread cannot load: there the renderer
 * runs in-process as before. The built server (every end-to-end test, every office) uses the thread.
 */
const IN_PROCESS = import.meta.url.endsWith('.ts');

export interface RenderPool {
  /** The ESC/POS bytes of the job, rendered in order of asking. */
  render(job: RenderJob): Promise<Buffer>;
  close(): Promise<void>;
}

async function renderHere(job: RenderJob): Promise<Buffer> {
  if (job.kind === 'receipt') {
    const { receiptBytes } = await import('../cases/render-receipt.js');
    return receiptBytes(job.content, job.paper);
  }
  const [{ drawTicket }, { ticketBytes }] = await Promise.all([
    import('./draw-ticket.js'),
    import('./escpos.js'),
  ]);
  return ticketBytes(drawTicket(job.content, job.lines, job.paper));
}

export function createRenderPool(): RenderPool {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  const start = (): Worker => {
    const w = new Worker(new URL('./render-worker.js', import.meta.url));
    w.unref();
    w.on('message', (reply: RenderReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      if (reply.ok)
        p.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else p.reject(new Error(`ticket render failed: ${reply.message}`));
    });
    // A dead thread fails only the jobs it held; the next job starts a new one.
    const gone = (err: Error) => {
      if (worker === w) worker = null;
      failAll(err);
    };
    w.on('error', gone);
    w.on('exit', (code) => gone(new Error(`render thread exited with code ${code}`)));
    return w;
  };

  return {
    async render(job) {
      if (IN_PROCESS) return renderHere(job);
      worker ??= start();
      const w = worker;
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Held open while a job is in hand, so a short-lived caller (print-test) waits for its paper.
        w.ref();
        w.postMessage({ id, job } satisfies RenderRequest);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/** The process's one render thread: tickets come out in order per printer, so one thread is enough. */
let shared: RenderPool | null = null;
export const renderPool = (): RenderPool => (shared ??= createRenderPool());
