// Two hub processes on one real PostgreSQL server, as behind a load balancer: a batch an office sends
// to process A shows on the regional page connected to process B within seconds, carried by the
// Socket.IO PostgreSQL adapter (the page's own fallback poll is 30 s, so nothing else could bring it).
// A district viewer connected to B hears only of their own district's offices.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { generateDay } from '../server/src/bench/generate-day.js';
import { DEMO_OFFICE } from '../server/src/settings/demo-office.js';
import { startPostgres, type PostgresServer } from '../server/src/test-support/postgres.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { hubCli, startHub, type HubProcess } from './support/hub-process.js';

let postgres: PostgresServer;
let hubA: HubProcess;
let hubB: HubProcess;
let browser: Browser;
let officeKey: string;
let regionKey: string;
let otherDistrictKey: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  const database = await postgres.createDatabase('hub');
  // Started together: the migrations' advisory lock makes them take turns.
  [hubA, hubB] = await Promise.all([startHub({ database }), startHub({ database })]);
  officeKey = await hubCli({ database }, 'add-office', { id: 'almaly', name: 'Алмалы', district: 'almaty' });
  regionKey = await hubCli({ database }, 'add-viewer', { id: 'akim', name: 'Облыс әкімі' });
  otherDistrictKey = await hubCli({ database }, 'add-viewer', {
    id: 'nura-akim',
    name: 'Нұра',
    district: 'karaganda',
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const s of sockets) s.close();
  await browser?.close();
  await Promise.all([hubA?.stop(), hubB?.stop()]);
  postgres?.destroy();
});

async function pageOn(hub: HubProcess): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 500 } });
  await page.goto(`${hub.url}/?lang=en`);
  await page.locator('#key').fill(regionKey);
  await page.locator('#login button').click();
  await expect
    .poll(() => page.evaluate('Boolean(socket && socket.connected)'), { timeout: 10_000 })
    .toBe(true);
  await expect.poll(() => page.locator('tr[data-office="almaly"]').count(), { timeout: 10_000 }).toBe(1);
  // The page reads the picture again half a second after it connects: let that pass, so what changes
  // the page later can only be a pushed update.
  await new Promise((r) => setTimeout(r, 1000));
  return page;
}

function listen(hub: HubProcess, key: string): Promise<{ socket: Socket; heard: string[][] }> {
  const socket = io(hub.url, { auth: { key }, transports: ['websocket'] });
  sockets.push(socket);
  const heard: string[][] = [];
  socket.on('region:changed', (p: { offices: string[] }) => heard.push(p.offices));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, heard }));
    socket.once('connect_error', reject);
  });
}

const waiting = (page: Page) => page.locator('tr[data-office="almaly"] td[data-k="waiting"]').textContent();

it('an entry stored through hub A reaches the regional page connected to hub B within seconds', async () => {
  const [onA, onB] = [await pageOn(hubA), await pageOn(hubB)];
  const region = await listen(hubB, regionKey);
  const other = await listen(hubB, otherDistrictKey);
  expect(await waiting(onB)).toBe('0');

  const day = '2026-03-02';
  const g = generateDay(DEMO_OFFICE, day, Date.parse(`${day}T09:00:00+05:00`), 6, false);
  // The day's entries up to its first call: the opening and the tickets issued, all still waiting.
  const firstCall = g.entries.findIndex((e) => e.events.some((ev) => ev.type === 'ticket:called'));
  const sent = g.entries.slice(0, firstCall);
  const issued = sent.flatMap((e) => e.events).filter((ev) => ev.type === 'ticket:issued').length;
  expect(issued).toBeGreaterThan(0);
  const entries = sent.map((entry) => ({ day, seq: entry.seq, entry }));
  const sentAt = Date.now();
  const res = await fetch(`${hubA.url}/api/hub/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${officeKey}` },
    body: JSON.stringify({ entries }),
  });
  expect(res.status).toBe(200);

  await expect.poll(() => waiting(onB), { timeout: 5_000, interval: 100 }).toBe(String(issued));
  console.log(`hub A -> page on hub B: ${Date.now() - sentAt} ms`);
  await expect.poll(() => waiting(onA), { timeout: 5_000 }).toBe(String(issued));
  expect(region.heard).toContainEqual(['almaly']);
  await screenshot(onB, 'hub-scale-out-page-b');
  // Give the other district's viewer the same time to (wrongly) hear of it.
  await new Promise((r) => setTimeout(r, 500));
  expect(other.heard).toEqual([]);
}, 60_000);

it('after the database restarts, twice, both processes stay up and pushes between them resume', async () => {
  const heard = await listen(hubB, regionKey);
  const day = '2026-03-02';
  const g = generateDay(DEMO_OFFICE, day, Date.parse(`${day}T09:00:00+05:00`), 6, false);
  const body = JSON.stringify({ entries: g.entries.map((entry) => ({ day, seq: entry.seq, entry })) });
  // Twice, because each restart once cost the adapter's pool a connection for good.
  for (let restart = 0; restart < 2; restart++) {
    postgres.stop();
    postgres.start();
    const before = heard.heard.length;
    // The adapter listens again a second or two after its connection ends; a resend stores nothing
    // twice but is announced again, so sending until B hears shows the way is back.
    await expect
      .poll(
        async () => {
          await fetch(`${hubA.url}/api/hub/entries`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${officeKey}` },
            body,
          }).catch(() => null);
          return heard.heard.length - before;
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBeGreaterThan(2);
  }
  for (const hub of [hubA, hubB]) expect(hub.child.exitCode).toBeNull();
}, 90_000);

it('refuses a live connection without a viewer key, or with an office key', async () => {
  for (const key of ['', officeKey, `akim.${'x'.repeat(43)}`]) {
    await expect(listen(hubB, key)).rejects.toThrow('unauthorized');
  }
});
