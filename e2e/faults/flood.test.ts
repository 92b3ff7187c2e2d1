// A stranger's login flood beside a working kiosk: fifty unauthenticated sockets guess passwords as fast
// as the server answers, while the kiosk issues tickets as the real one does (5 s ack timeout, three
// tries with the same request id). Every ticket must come out, with its own number. How fast is the
// bench's business (docs/benchmarks.md), never this test's.
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type ServerProcess } from '../support/server-process.js';
import { call, connect, pair, type Answer, type Client } from './support.js';

const FLOODERS = 50;
const TICKETS = 15;

let server: ServerProcess | null = null;
afterAll(async () => server?.stop());

/** The kiosk's own way of asking: the same request id on every try, so a late answer is never a second ticket. */
async function issue(kiosk: Client, n: number): Promise<Answer> {
  const payload = { requestId: `flood-${n}-${Date.now()}`, sectorId: 'legal', lang: 'kk' };
  let last: Answer = { ok: false, error: 'timeout' };
  for (let attempt = 0; attempt < 3; attempt++) {
    last = await call(kiosk, 'ticket:issue', payload).catch(() => ({ ok: false, error: 'timeout' }));
    if (last.ok) return last;
  }
  return last;
}

describe('a login flood', () => {
  it('leaves a kiosk issuing every ticket while fifty sockets guess passwords', async () => {
    server = await startServer(tempDataDir('kezek-flood-'));
    // The demo office's passwords are what a guesser tries first: the server says so at every start.
    await expect.poll(() => server?.output() ?? '').toContain('the demo passwords are weak');
    const kiosk = await connect(server.url, await pair(server.url, 'kiosk'));
    const flooders = await Promise.all(Array.from({ length: FLOODERS }, () => connect(server?.url ?? '')));
    let running = true;
    const answers: Record<string, number> = {};
    const guessing = flooders.map(async (socket, s) => {
      for (let i = 0; running; i++) {
        const r = await call(
          socket,
          'auth:login',
          { username: `op${(s % 8) + 1}`, password: `g${s}-${i}` },
          20_000,
        ).catch(() => ({ ok: false, error: 'timeout' }));
        const key = r.ok ? 'signed_in' : (r.error ?? '?');
        answers[key] = (answers[key] ?? 0) + 1;
      }
    });
    await new Promise((r) => setTimeout(r, 500)); // the flood is in full swing before the first visitor

    const issued: Answer[] = [];
    for (let n = 0; n < TICKETS; n++) issued.push(await issue(kiosk, n));
    running = false;
    await Promise.all(guessing);

    expect(issued.map((a) => a.error ?? 'ok')).toEqual(Array(TICKETS).fill('ok'));
    const numbers = issued.map((a) => (a.data as { ticket: { number: string } }).ticket.number);
    expect(new Set(numbers).size).toBe(TICKETS);
    expect(answers.signed_in).toBeUndefined();
    expect(answers.rate_limited ?? 0).toBeGreaterThan(0);
    // Still serving: a fresh connection gets in and the health check answers.
    expect((await fetch(`${server.url}/api/health`)).ok).toBe(true);
    for (const s of [kiosk, ...flooders]) s.disconnect();
  });
});
