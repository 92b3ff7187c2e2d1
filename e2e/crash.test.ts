// kill -9 under load, again and again: every acknowledged ticket and call survives, no number repeats.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import {
  replay,
  type ClientToServerEvents,
  type DomainEvent,
  type ServerToClientEvents,
} from '@kezek/shared';
import type { JournalEntry } from '../server/src/office/journal-entry.js';
import { DEMO_OFFICE } from '../server/src/settings/demo-office.js';
import { openJournal } from '../server/src/storage/journal.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const ROUNDS = Number(process.env.KEZEK_CRASH_ROUNDS ?? 6);
const quiet = { info() {}, warn() {}, error() {} };

/** Emits with a short timeout; a dead server makes it reject, which ends that load loop. */
async function call(
  socket: Client,
  event: string,
  payload: object,
): Promise<{ ok: boolean; data?: unknown }> {
  const timed = socket.timeout(1500) as unknown as { emitWithAck(e: string, p: object): Promise<never> };
  return timed.emitWithAck(event, payload);
}

function connect(url: string, token?: string): Promise<Client> {
  const socket: Client = io(url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

let server: ServerProcess | null = null;
afterAll(async () => server?.stop());

describe('the server killed with SIGKILL under load', () => {
  it(`keeps every acknowledged ticket and call across ${ROUNDS} kills and never repeats a number`, async () => {
    const dataDir = tempDataDir('kezek-crash-');
    const issued = new Map<string, string>(); // ticket id -> number, acknowledged to the kiosk
    const called = new Set<string>(); // ticket ids acknowledged as called
    let kioskToken: string | undefined;
    let staffToken: string | undefined;

    for (let round = 0; round < ROUNDS; round++) {
      server = await startServer(dataDir);
      let kiosk = await connect(server.url, kioskToken);
      if (!kioskToken) {
        const paired = new Promise<string>((r) => kiosk.once('device:paired', (p) => r(p.token)));
        await call(kiosk, 'device:request-pairing', { kind: 'kiosk', name: 'crash kiosk' });
        kioskToken = await paired;
        kiosk.disconnect();
        kiosk = await connect(server.url, kioskToken);
      }
      const op = await connect(server.url, staffToken);
      if (!staffToken) {
        const login = (await call(op, 'auth:login', { username: 'op1', password: 'kezek' })) as {
          data: { token: string };
        };
        staffToken = login.data.token;
      }
      await call(op, 'desk:open', { requestId: `open-${round}-${Date.now()}`, deskId: 'desk-4' });

      let alive = true;
      const issuing = async (worker: number) => {
        for (let i = 0; alive; i++) {
          const sectorId = i % 2 ? 'civil-registry' : 'applications';
          const requestId = `r${round}w${worker}i${i}x${Date.now()}`;
          const r = await call(kiosk, 'ticket:issue', { requestId, sectorId, lang: 'kk' }).catch(() => null);
          if (!r) return;
          if (r.ok) {
            const t = (r.data as { ticket: { id: string; number: string } }).ticket;
            issued.set(t.id, t.number);
          }
        }
      };
      const working = async () => {
        for (let i = 0; alive; i++) {
          const requestId = `c${round}i${i}x${Date.now()}`;
          const r = await call(op, 'desk:finish', {
            requestId,
            deskId: 'desk-4',
            outcome: 'solved',
            callNext: true,
          }).catch(() => null);
          if (!r) return;
          if (r.ok && r.data) called.add((r.data as { id: string }).id);
          if (!r.ok) {
            const next = await call(op, 'desk:call-next', {
              requestId: `${requestId}n`,
              deskId: 'desk-4',
            }).catch(() => null);
            if (!next) return;
            if (next.ok) called.add((next.data as { id: string }).id);
            await call(op, 'desk:start', { requestId: `${requestId}s`, deskId: 'desk-4' }).catch(() => null);
          }
        }
      };
      const load = Promise.all([issuing(1), issuing(2), issuing(3), working()]);
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 500));
      await server.kill9();
      alive = false;
      await load;
      kiosk.disconnect();
      op.disconnect();
    }

    // One last clean start shows the server comes back, then read what is on disk.
    server = await startServer(dataDir);
    await server.stop();
    server = null;

    const journals = readdirSync(join(dataDir, 'journal'));
    expect(journals).toHaveLength(1);
    const { entries, journal } = await openJournal<JournalEntry>(
      join(dataDir, 'journal', journals[0] ?? ''),
      {
        log: quiet,
      },
    );
    await journal.close();
    const state = replay(
      DEMO_OFFICE,
      entries.flatMap((e): DomainEvent[] => e.events),
    );

    expect(issued.size).toBeGreaterThan(ROUNDS * 5);
    for (const [id, number] of issued) expect(state.tickets[id]?.number).toBe(number);
    for (const id of called) expect(state.tickets[id]?.status).not.toBe('waiting');
    // Numbers come from counters: each sector's tickets are exactly 1..lastSeq, each once.
    for (const [sectorId, counters] of Object.entries(state.sectors)) {
      const seqs = Object.values(state.tickets)
        .filter((t) => t.sectorId === sectorId && t.previousLegId === null)
        .map((t) => t.seq)
        .sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: counters.lastSeq }, (_, i) => i + 1));
    }
    console.log(
      `crash test: ${ROUNDS} kills, ${issued.size} tickets and ${called.size} calls acknowledged, all kept`,
    );
  }, 120_000);
});
