// The render thread: turns a ticket's content into ESC/POS bytes off the server's event loop. It holds
// nothing between jobs, so a crash loses only the job in hand (the pool rejects it and starts anew).
import { parentPort } from 'node:worker_threads';
import { ticketBytes } from './escpos.js';
import type { RenderRequest, RenderReply } from './render-pool.js';
import { renderTicket } from './render-ticket.js';

const port = parentPort;
if (!port) throw new Error('render-worker runs only as a worker thread');

port.on('message', ({ id, job }: RenderRequest) => {
  let reply: RenderReply;
  try {
    // A copy in a buffer of its own: a Buffer may be a view of a shared pool that cannot be transferred.
    const bytes = new Uint8Array(ticketBytes(renderTicket(job.content, job.paper)));
    reply = { id, ok: true, bytes };
    port.postMessage(reply, [bytes.buffer]);
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
    port.postMessage(reply);
  }
});
