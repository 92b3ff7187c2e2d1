// kill -9 under load, 20 times: every acknowledged ticket and call survives, no number repeats, and a
// kill while the hall is quiet leaves exactly the state the office had (dumped by /api/state).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay, type DomainEvent } from '@kezek/shared';
import type { JournalEntry } from '../../server/src/office/journal-entry.js';
import { DEMO_OFFICE } from '../../server/src/settings/demo-office.js';
import { openJournal } from '../../server/src/storage/journal.js';
import { startServer, tempDataDir, type ServerProcess } from '../support/server-process.js';
import { call, connect, login, pair, state } from './support.js';

const ROUNDS = Number(process.env.KEZEK_CRASH_ROUNDS ?? 20);
const quiet = { info() {}, warn() {}, error() {} };

let server: ServerProcess | null = null;
afterAll(async () => server?.stop());

describe('the server killed with SIGKILL under load', () => {
  it(`keeps every acknowledged ticket and call across ${ROUNDS} kills, never repeats a number, and replays the exact state`, async () => {
    const dataDir = tempDataDir('kezek-crash-');
    const issued = new Map<string, string>(); // ticket id -> number, acknowledged to the kiosk
    const called = new Set<string>(); // ticket ids acknowledged as called
    let comparisons = 0;
    server = await startServer(dataDir);
    const kioskToken = await pair(server.url, 'kiosk');
    const staffToken = await login(server.url, 'op1', 'kezek');
    const headToken = await login(server.url, 'head', 'kezek-head');

    for (let round = 0; round < ROUNDS; round++) {
      server ??= await startServer(dataDir);
      const kiosk = await connect(server.url, kioskToken);
      const op = await connect(server.url, staffToken);
      await call(op, 'desk:open', { requestId: `open-${round}-${Date.now()}`, deskId: 'desk-4' });

      let alive = true;
      const issuing = async (worker: number) => {
        for (let i = 0; alive; i++) {
          const sectorId = i % 2 ? 'civil-registry' : 'applications';
          const requestId = `r${round}w${worker}i${i}x${Date.now()}`;
          const r = await call(kiosk, 'ticket:issue', { requestId, sectorId, lang: 'kk' }, 1500).catch(
            () => null,
          );
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
          const payload = { requestId, deskId: 'desk-4', outcome: 'solved', callNext: true };
          const r = await call(op, 'desk:finish', payload, 1500).catch(() => null);
          if (!r) return;
          if (r.ok && r.data) called.add((r.data as { id: string }).id);
          if (!r.ok) {
            const next = await call(
              op,
              'desk:call-next',
              { requestId: `${requestId}n`, deskId: 'desk-4' },
              1500,
            ).catch(() => null);
            if (!next) return;
            if (next.ok) called.add((next.data as { id: string }).id);
            await call(op, 'desk:start', { requestId: `${requestId}s`, deskId: 'desk-4' }, 1500).catch(
              () => null,
            );
          }
        }
      };
      const load = Promise.all([issuing(1), issuing(2), issuing(3), working()]);
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 500));
      const quietKill = round % 2 === 0;
      let before: unknown = null;
      if (quietKill) {
        // Pause the load: every command has its answer, so the disk holds all the office knows.
        alive = false;
        await load;
        before = await state(server, headToken);
      }
      await server.kill9();
      alive = false;
      await load;
      kiosk.disconnect();
      op.disconnect();
      server = await startServer(dataDir);
      if (quietKill) {
        expect(await state(server, headToken)).toEqual(before);
        comparisons++;
      }
    }
    await server?.stop();
    server = null;

    // journal/ also holds numbers.json, the day's reserved ticket numbers.
    const journals = readdirSync(join(dataDir, 'journal')).filter((n) => n.endsWith('.ndjson'));
    expect(journals).toHaveLength(1);
    const { entries, journal } = await openJournal<JournalEntry>(
      join(dataDir, 'journal', journals[0] ?? ''),
      {
        log: quiet,
      },
    );
    await journal.close();
    const replayed = replay(
      DEMO_OFFICE,
      entries.flatMap((e): DomainEvent[] => e.events),
    );

    expect(comparisons).toBe(Math.ceil(ROUNDS / 2));
    expect(issued.size).toBeGreaterThan(ROUNDS * 5);
    for (const [id, number] of issued) expect(replayed.tickets[id]?.number).toBe(number);
    for (const id of called) expect(replayed.tickets[id]?.status).not.toBe('waiting');
    // Numbers come from counters: each sector's tickets are exactly 1..lastSeq, each once.
    for (const [sectorId, counters] of Object.entries(replayed.sectors)) {
      const seqs = Object.values(replayed.tickets)
        .filter((t) => t.sectorId === sectorId && t.previousLegId === null)
        .map((t) => t.seq)
        .sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: counters.lastSeq }, (_, i) => i + 1));
    }
    console.log(
      `crash test: ${ROUNDS} kills, ${issued.size} tickets and ${called.size} calls acknowledged, all kept`,
    );
  }, 180_000);
});
