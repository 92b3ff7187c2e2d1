// The head sets, changes and clears the office's hub link from the set-up, over HTTP, while the office
// runs: the link starts, moves and stops with no restart, the key never comes back out, the start
// command's link wins over the set-up, and nobody but the head may touch it.
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.js';
import { fileDayStore } from '../storage/file-day-store.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { startHarness, send, rid, expectOk, type Harness } from '../test-support/harness.js';
import { Engines, startTestHub, type TestHub } from '../test-support/hub-harness.js';
import { forwardingDayStore } from './forwarding-store.js';
import { HubLinkControl, type HubLinkSetup } from './link-control.js';
import { LinkSwitch } from './link-switch.js';

const engines = new Engines();
let hub: TestHub;
let key: string;

beforeAll(async () => {
  hub = await startTestHub(await engines.open('postgres'));
  key = await hub.office('almaly');
}, 120_000);
afterAll(async () => {
  await hub?.close();
  engines.destroy();
});

async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const stored = async () =>
  (
    await hub.db.query<{ n: number }>("SELECT count(*)::int AS n FROM raw_entries WHERE office_id = 'almaly'")
  )[0]?.n ?? 0;

async function office(fromStart: { url: string; key: string } | null) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kezek-linkroutes-'));
  const link = new LinkSwitch({ dataDir, log: silentLogger, retryMs: 50, maxRetryMs: 200, idleMs: 100 });
  const control = new HubLinkControl(link, dataDir, fromStart, silentLogger);
  await control.start();
  const disk = await fileDayStore(dataDir, silentLogger, { config: () => DEMO_OFFICE });
  const h = await startHarness({
    dataDir,
    store: forwardingDayStore(disk, link),
    hubLink: () => link.status(),
    hubLinkControl: control,
  });
  const head = await h.staff('head');
  const token = (head.auth as { token: string }).token;
  const call = async (method: string, body?: unknown, bearer = token) => {
    const res = await fetch(`${h.url}/api/hub-link`, {
      method,
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text) as HubLinkSetup & { error?: string } };
  };
  return { h, head, link, dataDir, call, close: async () => (await h.close(), await link.stop()) };
}

async function issue(h: Harness): Promise<void> {
  const kiosk = await h.device('kiosk');
  expectOk(
    await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk', priority: null }),
  );
}

describe('the hub link in the head set-up', () => {
  it('starts forwarding when the head sets it, stops when cleared, with no restart; the key never comes out', async () => {
    const o = await office(null);
    expect((await o.call('GET')).body).toMatchObject({ source: null, url: null, status: null, saved: null });
    await issue(o.h);
    const set = await o.call('PUT', { url: hub.url, key });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ source: 'setup', url: `${hub.url}/`, keyHint: 'almaly.…' });
    expect(set.text).not.toContain(key.slice(7));
    // The day opened before the link existed is forwarded whole once it does.
    await until('the open day on the hub', async () => (await stored()) >= 2);
    await until('caught up', async () => (await o.call('GET')).body.status?.pending === 0);
    const status = (await o.call('GET')).body.status;
    expect(status).toMatchObject({ state: 'delivering', lastError: null });
    expect(status?.lastDeliveredAt).toEqual(expect.any(Number));
    const health = await (await fetch(`${o.h.url}/api/health`)).text();
    expect(health).not.toContain(key.slice(7));
    expect(await readFile(join(o.dataDir, 'settings.json'), 'utf8').catch(() => '')).not.toContain(key);

    const cleared = await o.call('DELETE');
    expect(cleared.body).toMatchObject({ source: null, url: null, status: null, saved: null });
    const before = await stored();
    await issue(o.h);
    await new Promise((r) => setTimeout(r, 400));
    expect(await stored()).toBe(before);
    // Who pointed the office where is in the audit log, without the key.
    const audit = expectOk(await send(o.head, 'admin:audit', { limit: 10 }));
    expect(audit.map((e) => [e.action, e.summary])).toEqual([
      ['hub-link', 'hub link cleared'],
      ['hub-link', `forwards to ${hub.url}/ as almaly.…`],
    ]);
    await o.close();
  });

  it('says when the hub refuses the key, and a saved link comes back after a restart', async () => {
    const o = await office(null);
    await o.call('PUT', { url: hub.url, key: `almaly.${'x'.repeat(43)}` });
    await until('the refusal', async () => (await o.call('GET')).body.status?.lastError === 'unauthorized');
    await o.call('PUT', { url: hub.url, key });
    await until('delivering again', async () => (await o.call('GET')).body.status?.lastError === null);
    await o.close();
    const link = new LinkSwitch({ dataDir: o.dataDir, log: silentLogger });
    const again = new HubLinkControl(link, o.dataDir, null, silentLogger);
    await again.start();
    expect(again.view()).toMatchObject({ source: 'setup', url: `${hub.url}/`, keyHint: 'almaly.…' });
    await link.stop();
  });

  it('moving to another hub sends it the open day whole, not only what the first hub lacked', async () => {
    const second = await startTestHub(await engines.open('postgres'));
    const secondKey = await second.office('almaly');
    const o = await office(null);
    await o.call('PUT', { url: hub.url, key });
    await issue(o.h);
    await until('caught up', async () => (await o.call('GET')).body.status?.pending === 0);
    await o.call('PUT', { url: second.url, key: secondKey });
    const count = async () =>
      (await second.db.query<{ n: number }>('SELECT count(*)::int AS n FROM raw_entries'))[0]?.n ?? 0;
    await until('the open day on the second hub', async () => (await count()) >= 2);
    await until('caught up again', async () => (await o.call('GET')).body.status?.pending === 0);
    const { rows } = {
      rows: await second.db.query<{ n: number; top: number }>(
        'SELECT count(*)::int AS n, max(seq) AS top FROM raw_entries',
      ),
    };
    expect(rows[0]?.n).toBe(rows[0]?.top);
    await o.close();
    await second.close();
  });

  it('keeps the start command link while the set-up saves another, and says so', async () => {
    const o = await office({ url: `${hub.url}/`, key });
    const saved = await o.call('PUT', {
      url: 'http://other-hub.example:8090',
      key: 'other.abcdefghijklmnopqrstuvwxyz',
    });
    expect(saved.body).toMatchObject({
      source: 'start',
      url: `${hub.url}/`,
      saved: { url: 'http://other-hub.example:8090/', keyHint: 'other.…' },
    });
    expect(o.link.target?.url).toBe(`${hub.url}/`);
    await o.close();
  });

  it('refuses anyone but the head, and a malformed address or key', async () => {
    const o = await office(null);
    expect((await o.call('GET', undefined, 'nobody')).status).toBe(401);
    const op = await o.h.staff('op1');
    expect((await o.call('PUT', { url: hub.url, key }, (op.auth as { token: string }).token)).status).toBe(
      403,
    );
    for (const body of [{ url: 'ftp://hub', key }, { url: hub.url, key: 'no-dot' }, { url: hub.url }]) {
      expect(await o.call('PUT', body)).toMatchObject({ status: 400, body: { error: 'invalid_payload' } });
    }
    expect((await o.call('GET')).body.saved).toBeNull();
    await o.close();
  });
});
