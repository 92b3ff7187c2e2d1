// The bare baseline: a plain Socket.IO server that broadcasts a captured `hall:changed` payload on each
// command, with no queue, no journal and no fsync. Run as its own process, like the real server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
let payload: { calls: object[] } = { calls: [] };

io.on('connection', (socket) => {
  socket.on('payload', (p: { calls: object[] }, ack: () => void) => {
    payload = p;
    ack();
  });
  // A call carries its tag as the ticket id, so the displays can tell the calls apart.
  socket.on('cmd', (tag: string | null, ack: (r: { ok: true }) => void) => {
    const calls = tag === null ? [] : [{ ...payload.calls[0], ticketId: tag, recall: false }];
    io.emit('hall:changed', { ...payload, calls });
    ack({ ok: true });
  });
});

http.listen(0, '127.0.0.1', () => {
  process.stdout.write(`bare listening on ${(http.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
