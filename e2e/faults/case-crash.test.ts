// kill -9 while specialists open, note and answer cases: every acknowledged case and answer survives,
// no registration number repeats or is skipped, and a torn last line of the case journal is dropped.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replayCases, type CaseView } from '@kezek/shared';
import type { CaseEntry } from '../../server/src/cases/case-storage.js';
import { openJournal } from '../../server/src/storage/journal.js';
import { startServer, tempDataDir, type ServerProcess } from '../support/server-process.js';
import { call, connect, login } from './support.js';

const ROUNDS = Number(process.env.KEZEK_CASE_CRASH_ROUNDS ?? 8);
const quiet = { info() {}, warn() {}, error() {} };

let server: ServerProcess | null = null;
afterAll(async () => {
  await server?.stop();
  delete process.env.KEZEK_RATE_LIMIT;
});

describe('cases and the server killed with SIGKILL', () => {
  it(`keeps every acknowledged case and answer across ${ROUNDS} kills and numbers them without a gap`, async () => {
    process.env.KEZEK_RATE_LIMIT = '1000000/1000000';
    const dataDir = tempDataDir('kezek-case-crash-');
    const opened = new Map<string, string>(); // case id -> number, acknowledged
    const answered = new Set<string>();
    server = await startServer(dataDir);
    const token = await login(server.url, 'op1', 'kezek');

    for (let round = 0; round < ROUNDS; round++) {
      server ??= await startServer(dataDir);
      const op = await connect(server.url, token);
      let alive = true;
      const worker = async (w: number) => {
        for (let i = 0; alive; i++) {
          const requestId = `k${round}w${w}i${i}x${Date.now()}`;
          const payload = { requestId, sectorId: 'legal', topic: `Appeal ${i}`, lang: 'kk' };
          const r = await call(op, 'case:open', payload, 1500).catch(() => null);
          if (!r) return;
          if (!r.ok) continue;
          const k = r.data as CaseView;
          opened.set(k.id, k.number);
          if (i % 2 === 1) continue;
          const answer = { requestId: `${requestId}a`, caseId: k.id, result: 'solved', text: 'Done' };
          const a = await call(op, 'case:answer', answer, 1500).catch(() => null);
          if (!a) return;
          if (a.ok) answered.add(k.id);
        }
      };
      const load = Promise.all([worker(1), worker(2), worker(3)]);
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 400));
      await server.kill9();
      alive = false;
      await load;
      op.disconnect();
      server = null;
    }

    // A power cut mid-write: half a line at the end of the case journal.
    const path = join(dataDir, 'cases', 'cases.ndjson');
    appendFileSync(path, '{"seq":999999,"at":1,"req":null,"events":[{"type":"case:no');
    server = await startServer(dataDir);
    const head = await connect(server.url, await login(server.url, 'head', 'kezek-head'));
    const listed = await call(head, 'case:list', { scope: 'all' });
    expect(listed.ok).toBe(true);
    head.disconnect();
    await server.stop();
    server = null;

    const { entries, journal } = await openJournal<CaseEntry>(path, { log: quiet });
    await journal.close();
    const state = replayCases(entries.flatMap((e) => e.events));
    expect(opened.size).toBeGreaterThan(ROUNDS * 5);
    for (const [id, number] of opened) expect(state.cases[id]?.number).toBe(number);
    for (const id of answered) expect(state.cases[id]?.status).toBe('answered');
    const seqs = Object.values(state.cases)
      .map((k) => Number(k.number.slice(k.number.lastIndexOf('-') + 1)))
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    console.log(
      `case crash test: ${ROUNDS} kills, ${opened.size} cases and ${answered.size} answers acknowledged, all kept`,
    );
  }, 180_000);
});
