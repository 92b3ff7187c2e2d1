// The hall display heals itself: "no connection" shows within 3 s when the server dies or freezes, the
// last calls stay up, and after a restart on the same port it shows the calls made meanwhile, unspoken.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { played } from './support/display-page.js';
import { OfficeDriver } from './support/office-driver.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;
let display: Page;
const dataDir = tempDataDir('kezek-display-');

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(dataDir), launchBrowser()]);
  office = new OfficeDriver(server.url);
  display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await display.goto(`${server.url}/display/`);
  await display.getByTestId('no-calls').waitFor();
});
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

const callOn = (number: string) => display.locator(`[data-testid="call"][data-number="${number}"]`);
const badge = () => display.getByTestId('offline-badge');
/** Lets everything the page was doing settle, then reads how many clips it has played. */
async function playedSettled(): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = (await played(display)).length;
        const settled = now === last;
        last = now;
        return settled && (await display.getByTestId('now-playing').getAttribute('data-url')) === '';
      },
      { timeout: 90_000, interval: 1500 },
    )
    .toBe(true);
  return last;
}

describe('the hall display when the server goes away', () => {
  it('shows "no connection" within 3 s of a SIGKILL, keeps the calls, and after a restart shows the calls made meanwhile without speaking them', async () => {
    await office.open('op1', 'desk-1');
    const first = await office.issue('legal', 'kk');
    await office.callNext('op1', 'desk-1');
    await callOn(first).waitFor({ timeout: 1000 });
    const spoken = await playedSettled();
    expect(spoken).toBeGreaterThan(0);

    const port = server.port;
    const killedAt = Date.now();
    await server.kill9();
    await badge().waitFor({ timeout: 3000 });
    console.log(`display: "no connection" ${Date.now() - killedAt} ms after SIGKILL`);
    expect(await callOn(first).isVisible()).toBe(true);

    // Keep the display away while the office carries on, so the new call can only come from the snapshot.
    await display.route('**/socket.io/**', (route) => route.abort());
    server = await startServer(dataDir, port);
    office.moveTo(server.url);
    const second = await office.issue('legal', 'ru');
    await office.finish('op1', 'desk-1');
    await office.callNext('op1', 'desk-1');
    await screenshot(display, 'display-4-offline-badge');
    expect(await callOn(second).count()).toBe(0);

    const backAt = Date.now();
    await display.unroute('**/socket.io/**');
    await callOn(second).waitFor({ timeout: 10_000 });
    await badge().waitFor({ state: 'hidden', timeout: 10_000 });
    console.log(`display: healed ${Date.now() - backAt} ms after the network came back`);
    expect(await callOn(second).getAttribute('data-rank')).toBe('0');
    expect(await callOn(second).getAttribute('data-flash')).toBe('true');
    expect(await callOn(first).isVisible()).toBe(true);
    await screenshot(display, 'display-5-healed');
    expect(await playedSettled()).toBe(spoken);
  }, 180_000);

  it('notices a frozen server (no TCP close) by its heartbeat within 3 s, and speaks live calls again after', async () => {
    const before = await playedSettled();
    const frozenAt = Date.now();
    server.child.kill('SIGSTOP');
    try {
      await badge().waitFor({ timeout: 3000 });
      console.log(`display: "no connection" ${Date.now() - frozenAt} ms after the server froze`);
    } finally {
      server.child.kill('SIGCONT');
    }
    await badge().waitFor({ state: 'hidden', timeout: 10_000 });
    const number = await office.issue('legal', 'en');
    await office.finish('op1', 'desk-1');
    await office.callNext('op1', 'desk-1');
    await callOn(number).waitFor({ timeout: 1000 });
    await expect
      .poll(async () => (await played(display)).length, { timeout: 90_000 })
      .toBeGreaterThan(before);
  }, 180_000);
});
