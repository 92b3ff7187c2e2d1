// A real office server forwarding to a real region hub on a real PostgreSQL server, all as separate
// processes: the hub cut off and back, the office killed with SIGKILL in the middle of its traffic.
// Afterwards the hub holds exactly the office's journal, each entry once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { JournalEntry } from '../server/src/office/journal-entry.js';
import { parseJournal } from '../server/src/storage/journal-read.js';
import { startPostgres, type PostgresServer } from '../server/src/test-support/postgres.js';
import { addOfficeCli, startHub, type HubProcess } from './support/hub-process.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let postgres: PostgresServer;
let database: string;
let db: pg.Pool;
let hub: HubProcess;
let office: ServerProcess;
let officeEnv: Record<string, string>;
const dataDir = tempDataDir('kezek-hub-link-');

beforeAll(async () => {
  postgres = await startPostgres();
  database = await postgres.createDatabase('hub');
  db = new pg.Pool({ connectionString: database, max: 2 });
  // The database restart below drops this pool's idle connections too; the next query reconnects.
  db.on('error', () => undefined);
  hub = await startHub({ database });
  const key = await addOfficeCli({ database }, { id: 'almaly', name: 'Алмалы', district: 'almaty' });
  // A burst faster than one kiosk may send by default, so the kill lands while entries are in flight.
  officeEnv = { KEZEK_HUB_URL: hub.url, KEZEK_HUB_KEY: key, KEZEK_RATE_LIMIT: '2000/1000' };
  office = await startServer(dataDir, undefined, { env: officeEnv });
}, 120_000);

afterAll(async () => {
  await office?.stop();
  await hub?.stop();
  await db?.end();
  postgres?.destroy();
});

interface Health {
  day: string;
  ticketsToday: number;
  hubLink: { state: string; pending: number; lastError: string | null; lastDeliveredAt: number | null };
}

async function health(): Promise<Health> {
  return (await (await fetch(`${office.url}/api/health`)).json()) as Health;
}

/** The office's journal of the day, read as the office reads it. */
function officeEntries(day: string): JournalEntry[] {
  const path = join(dataDir, 'journal', `${day}.ndjson`);
  return parseJournal(path, readFileSync(path)).entries as JournalEntry[];
}

async function hubEntries(day: string): Promise<JournalEntry[]> {
  const { rows } = await db.query<{ entry: JournalEntry }>(
    `SELECT entry FROM raw_entries WHERE office_id = 'almaly' AND day = $1 ORDER BY seq`,
    [day],
  );
  return rows.map((r) => r.entry);
}

async function until(what: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the hub holds the office's whole journal and checks it entry for entry. */
async function expectHubHoldsJournal(): Promise<void> {
  const { day } = await health();
  await until('the hub to hold the whole journal', async () => {
    const h = await health();
    return h.hubLink.pending === 0 && (await hubEntries(day)).length === officeEntries(day).length;
  });
  expect(await hubEntries(day)).toEqual(officeEntries(day));
  // Once each: the key is (office, day, seq), and the rows are exactly 1..n.
  const { rows } = await db.query<{ n: number; top: number }>(
    `SELECT count(*)::int AS n, max(seq) AS top FROM raw_entries WHERE office_id = 'almaly' AND day = $1`,
    [day],
  );
  expect(rows[0]).toEqual({ n: officeEntries(day).length, top: officeEntries(day).length });
  // The hub's projection counts the same tickets as the office.
  const tickets = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM tickets WHERE office_id = 'almaly' AND day = $1`,
    [day],
  );
  expect(tickets.rows[0]?.n).toBe((await health()).ticketsToday);
}

describe('office -> region hub', () => {
  it('forwards the journal as it is written; the head sees the link in /api/health', async () => {
    const driver = new OfficeDriver(office.url);
    for (let i = 0; i < 5; i++) await driver.issue('legal', 'kk');
    driver.close();
    await expectHubHoldsJournal();
    const h = await health();
    expect(h.hubLink).toMatchObject({ state: 'delivering', pending: 0, lastError: null });
    expect(h.hubLink.lastDeliveredAt).toEqual(expect.any(Number));
  });

  it('keeps issuing while the hub is down, then catches up once, nothing doubled', async () => {
    await hub.kill9();
    const driver = new OfficeDriver(office.url);
    for (let i = 0; i < 8; i++) await driver.issue('legal', 'ru');
    await until(
      'the office to see the hub gone',
      async () => (await health()).hubLink.lastError === 'unreachable',
    );
    expect((await health()).hubLink.pending).toBeGreaterThan(0);
    hub = await startHub({ database, port: hub.port });
    for (let i = 0; i < 3; i++) await driver.issue('legal', 'en');
    driver.close();
    await expectHubHoldsJournal();
  });

  it("rides out a restart of the hub's database: the hub says so, the office waits and catches up", async () => {
    postgres.stop();
    const driver = new OfficeDriver(office.url);
    for (let i = 0; i < 4; i++) await driver.issue('legal', 'kk');
    expect((await fetch(`${hub.url}/api/health`)).status).toBe(503);
    await until(
      'the office to see the hub failing',
      async () => (await health()).hubLink.lastError === 'hub_error',
    );
    postgres.start();
    driver.close();
    await expectHubHoldsJournal();
  });

  it('an office killed with SIGKILL in the middle of its traffic resends only what the hub lacks', async () => {
    const driver = new OfficeDriver(office.url);
    await driver.issue('legal', 'kk'); // pairs the kiosk once, before the burst
    const { day } = await health();
    const before = (await hubEntries(day)).length;
    // Four kiosks' worth of traffic that only the kill stops: it lands while entries are being synced,
    // forwarded and acknowledged.
    let killed = false;
    const worker = async () => {
      while (!killed) await driver.issue('legal', 'kk').catch(() => undefined);
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    await until('the burst at the hub', async () => (await hubEntries(day)).length > before + 30);
    await office.kill9();
    killed = true;
    driver.close();
    void load;
    office = await startServer(dataDir, office.port, { env: officeEnv });
    await expectHubHoldsJournal();
  }, 60_000);
});
