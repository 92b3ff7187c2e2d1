// An office's data folder rebuilt from the region hub: a real office (a child process) issues tickets
// and opens and answers cases, forwards them to a real hub on a real PostgreSQL server, dies, and its
// folder is deleted. `rebuild-office` brings the folder back from the hub; the office started on it has
// every acknowledged ticket and case, and gives no ticket or case number a second time.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseList, CaseView, Result } from '@kezek/shared';
import { startPostgres, type PostgresServer } from '../server/src/test-support/postgres.js';
import { addOfficeCli, startHub, type HubProcess } from './support/hub-process.js';
import { OfficeDriver } from './support/office-driver.js';
import { ROOT, startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

const CLI = join(ROOT, 'server', 'dist', 'hub-restore', 'cli.js');

let postgres: PostgresServer;
let db: pg.Pool;
let hub: HubProcess;
let key: string;
let database: string;
let office: ServerProcess | null = null;
const dataDir = tempDataDir('kezek-hub-rebuild-');

beforeAll(async () => {
  postgres = await startPostgres();
  database = await postgres.createDatabase('hub');
  db = new pg.Pool({ connectionString: database, max: 2 });
  hub = await startHub({ database });
  key = await addOfficeCli({ database }, { id: 'almaly', name: 'Алмалы', district: 'almaty' });
}, 120_000);

afterAll(async () => {
  await office?.stop();
  await hub?.stop();
  await db?.end();
  postgres?.destroy();
});

const env = () => ({ KEZEK_HUB_URL: hub.url, KEZEK_HUB_KEY: key });

interface Health {
  ticketsToday: number;
  hubLink: { pending: number; lastError: string | null } | null;
}
async function health(url: string): Promise<Health> {
  return (await (await fetch(`${url}/api/health`)).json()) as Health;
}

async function until(what: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A specialist's socket for case commands. */
async function specialist(
  url: string,
): Promise<{ socket: Socket; call<T>(e: string, p: object): Promise<T> }> {
  const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const call = async <T>(event: string, payload: object): Promise<T> => {
    const r = (await socket.timeout(5000).emitWithAck(event, payload)) as Result<T>;
    if (!r.ok) throw new Error(`${event}: ${r.error}`);
    return r.data;
  };
  await call('auth:login', { username: 'op1', password: 'kezek' });
  return { socket, call };
}

const openCase = (topic: string) => ({
  requestId: randomUUID(),
  sectorId: 'legal',
  topic,
  lang: 'kk',
  contact: { name: 'Айгерім', phone: null, iin: null },
});

describe('rebuilding an office from the hub', () => {
  const issued: string[] = [];
  /** Given while the hub was away: the visitors hold them, the hub never heard of them. */
  const lost: string[] = [];
  let caseNumbers: string[] = [];
  let answered = '';

  it('an office issues, serves and opens cases, and the hub acknowledges all of it', async () => {
    office = await startServer(dataDir, undefined, { env: env() });
    const driver = new OfficeDriver(office.url);
    for (let i = 0; i < 6; i++) issued.push(await driver.issue('legal', 'kk'));
    await driver.open('op1', 'desk-1');
    await driver.callNext('op1', 'desk-1');
    await driver.finish('op1', 'desk-1');
    driver.close();
    const staff = await specialist(office.url);
    const a = await staff.call<CaseView>('case:open', openCase('Жер учаскесі'));
    const b = await staff.call<CaseView>('case:open', openCase('Әлеуметтік көмек'));
    await staff.call('case:answer', {
      requestId: randomUUID(),
      caseId: a.id,
      result: 'solved',
      text: 'Шешілді',
    });
    staff.socket.disconnect();
    caseNumbers = [a.number, b.number];
    answered = a.number;
    const url = office.url;
    await until('the hub to acknowledge everything', async () => {
      const h = await health(url);
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM cases WHERE office_id = 'almaly'",
      );
      const docs = await db.query(
        "SELECT 1 FROM office_documents WHERE office_id = 'almaly' AND kind IN ('settings', 'numbers')",
      );
      return h.hubLink?.pending === 0 && rows[0]?.n === 2 && docs.rows.length === 2;
    });
  });

  it('the folder is lost; rebuild-office brings it back and the office starts on it with all of it', async () => {
    const before = await health(office?.url ?? '');
    // The hub goes away, the office gives three more numbers that never reach it, then the office dies.
    const port = hub.port;
    await hub.stop();
    const driver0 = new OfficeDriver(office?.url ?? '');
    for (let i = 0; i < 3; i++) lost.push(await driver0.issue('legal', 'ru'));
    driver0.close();
    await office?.kill9();
    office = null;
    hub = await startHub({ database, port });
    rmSync(dataDir, { recursive: true, force: true });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CLI, '--hub-url', hub.url, '--data-dir', dataDir],
      { cwd: ROOT, env: { ...process.env, KEZEK_HUB_KEY: key } },
    );
    expect(stdout).toMatch(/rebuilt .*: 1 days/);

    // No hub address or key on the command line: the rebuilt folder's set-up holds them.
    office = await startServer(dataDir);
    expect((await health(office.url)).ticketsToday).toBe(before.ticketsToday);
    const staff = await specialist(office.url);
    const list = await staff.call<CaseList>('case:list', { scope: 'all' });
    expect(list.cases.map((k) => [k.number, k.status]).sort()).toEqual(
      caseNumbers.map((n) => [n, n === answered ? 'answered' : 'open']).sort(),
    );
    // Numbers go on: a new case and a new ticket repeat none given before the loss.
    const c = await staff.call<CaseView>('case:open', openCase('Жаңа өтініш'));
    staff.socket.disconnect();
    expect(caseNumbers).not.toContain(c.number);
    expect(c.number > (caseNumbers.slice().sort().at(-1) ?? '')).toBe(true);
    const driver = new OfficeDriver(office.url);
    const next = await driver.issue('legal', 'kk');
    driver.close();
    expect([...issued, ...lost]).not.toContain(next);
    const seq = (n: string) => Number(n.replace(/\D/g, ''));
    expect(seq(next)).toBeGreaterThan(Math.max(...[...issued, ...lost].map(seq)));
  });

  it('the rebuilt office forwards on from there, and the hub holds each entry once', async () => {
    const url = office?.url ?? '';
    await until('the rebuilt office to catch up', async () => (await health(url)).hubLink?.pending === 0);
    const { rows } = await db.query<{ n: number; top: number }>(
      "SELECT count(*)::int AS n, max(seq) AS top FROM raw_entries WHERE office_id = 'almaly'",
    );
    expect(rows[0]?.n).toBe(rows[0]?.top);
    const cases = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM cases WHERE office_id = 'almaly'",
    );
    expect(cases.rows[0]?.n).toBe(3);
  });

  it('an office key reads back only its own office, and a rebuild refuses a folder in use', async () => {
    const other = await addOfficeCli({ database }, { id: 'other', name: 'Other', district: 'almaty' });
    const read = async (path: string, k: string) =>
      (await fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${k}` } })).json();
    const own = (await read('/api/hub/restore/days', key)) as { days: { day: string }[] };
    const day = own.days[0]?.day ?? '';
    expect(own.days).toHaveLength(1);
    expect(await read('/api/hub/restore/days', other)).toEqual({ days: [] });
    expect(await read(`/api/hub/restore/entries?day=${day}`, other)).toEqual({ entries: [] });
    expect(await read('/api/hub/restore/documents', other)).toEqual({ documents: [] });
    const refused = await promisify(execFile)(
      process.execPath,
      [CLI, '--hub-url', hub.url, '--data-dir', dataDir],
      {
        cwd: ROOT,
        env: { ...process.env, KEZEK_HUB_KEY: key },
      },
    ).catch((err: { stderr: string }) => err.stderr);
    expect(refused).toMatch(/is not empty/);
  });
});
