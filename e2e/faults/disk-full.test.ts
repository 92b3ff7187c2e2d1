// A disk that fills up during the day. Every file the server may grow is capped (RLIMIT_FSIZE), so the
// journal's writes start failing as on a full disk: the visitor at that moment is told "not saved", the
// server stays up, nothing acknowledged is lost, the file is never left corrupt, and once there is room
// again numbering carries on without repeating a number.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type ServerProcess } from '../support/server-process.js';
import { call, connect, login, pair, state, type Client } from './support.js';

let server: ServerProcess | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

const issue = (kiosk: Client, i: number) =>
  call(kiosk, 'ticket:issue', { requestId: `full-${i}-xxxxxx`, sectorId: 'applications', lang: 'kk' });
const numberOf = (data: unknown) => (data as { ticket: { number: string } }).ticket.number;

describe('a full disk', () => {
  it('refuses with storage_failed, stays up, keeps every acknowledged ticket and repeats no number', async () => {
    const dataDir = tempDataDir('kezek-full-');
    server = await startServer(dataDir, undefined, { fileSizeLimitKiB: 40 });
    const kiosk = await connect(server.url, await pair(server.url, 'kiosk'));
    const acked: string[] = [];
    const refusals: string[] = [];
    for (let i = 0; i < 500 && refusals.length < 3; i++) {
      const r = await issue(kiosk, i);
      if (r.ok) acked.push(numberOf(r.data));
      else refusals.push(r.error ?? '?');
    }
    expect(refusals).toEqual(['storage_failed', 'storage_failed', 'storage_failed']);
    expect(acked.length).toBeGreaterThan(10);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(server.output()).toMatch(/journal failed[^\n]*File too large|EFBIG/);
    kiosk.disconnect();
    await server.stop();

    // Only whole lines on disk: the torn tail of the failed write was cut back at recovery.
    const journal = join(dataDir, 'journal', readdirSync(join(dataDir, 'journal'))[0] ?? '');
    const text = readFileSync(journal, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    for (const line of text.trimEnd().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();

    server = await startServer(dataDir);
    const head = await login(server.url, 'head', 'kezek-head');
    const dump = (await state(server, head)) as { state: { tickets: Record<string, { number: string }> } };
    expect(Object.values(dump.state.tickets).map((t) => t.number)).toEqual(acked);
    const again = await connect(server.url, await pair(server.url, 'kiosk'));
    const next = await issue(again, 1000);
    again.disconnect();
    expect(next.ok).toBe(true);
    expect(acked).not.toContain(numberOf(next.data));
  });
});
