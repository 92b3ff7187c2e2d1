// Two specialists work a slice of a day in Chromium with the keyboard alone: call, recall, start,
// finish with a note, transfer, no-show after its countdown, call by number, pause and resume; one page
// reloads mid-visit and the server restarts under it, and the desk is tried in a 480x640 window.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;
const GRACE_SEC = 3;

beforeAll(async () => {
  const dataDir = tempDataDir();
  // The first start writes the demo office; a short no-show grace keeps the test quick.
  await (await startServer(dataDir)).stop();
  const file = join(dataDir, 'settings.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as { office: { noShowGraceSec: number } };
  settings.office.noShowGraceSec = GRACE_SEC;
  writeFileSync(file, JSON.stringify(settings));
  server = await startServer(dataDir);
  office = new OfficeDriver(server.url);
  browser = await launchBrowser();
});
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

/** Tickets from a kiosk on the server's own machine (the demo pairs it at once). */
async function issue(tickets: { sectorId: string; priority?: 'elderly' }[]): Promise<void> {
  for (const t of tickets) await office.issue(t.sectorId, 'ru', t.priority ?? null);
}

async function signIn(page: Page, username: string, deskId: string): Promise<void> {
  await page.goto(`${server.url}/operator/`);
  await page.getByTestId('username').fill(username);
  await page.getByTestId('password').fill('kezek');
  await page.keyboard.press('Enter');
  await page.getByTestId(`desk-${deskId}`).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('desk-title').waitFor();
}

/** One key press, then wait for its command's answer: a desk takes one command at a time. */
async function key(page: Page, k: string): Promise<void> {
  await page.keyboard.press(k);
  await page.locator('[data-testid="actions"][data-busy="false"]').waitFor({ timeout: 10_000 });
}

const current = (page: Page) => page.getByTestId('current-number');
async function expectCurrent(page: Page, number: string): Promise<void> {
  await expect.poll(() => current(page).textContent(), { timeout: 5000 }).toBe(number);
}
async function expectIdle(page: Page): Promise<void> {
  await page.getByTestId('current-none').waitFor({ timeout: 5000 });
}
async function expectStatus(page: Page, status: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('current-status').getAttribute('data-status'), { timeout: 5000 })
    .toBe(status);
}

describe('two operator desks in Chromium', () => {
  it('work a slice of the day with the keyboard and keep the visitor through a reload and a restart', async () => {
    await issue([
      { sectorId: 'legal' },
      { sectorId: 'legal' },
      { sectorId: 'legal' },
      { sectorId: 'applications' },
      { sectorId: 'legal', priority: 'elderly' },
    ]);
    const a = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const b = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(a, 'op1', 'desk-1');
    await signIn(b, 'op5', 'desk-5');

    // Ratio 1:2 starts with the priority allowance full: the elderly visitor is called first.
    await key(a, 'n');
    await expectCurrent(a, 'A004');
    await a.getByTestId('current-priority').waitFor();
    await a.getByTestId('no-show-countdown').waitFor();
    await key(a, 'r');
    await key(a, 's');
    await expectStatus(a, 'serving');
    await screenshot(a, 'operator-1-serving');
    // A note for the finish, then "finish solved and call next" (Shift+1).
    await a.keyboard.press('m');
    await a.keyboard.type('анықтама берілді');
    await a.keyboard.press('Enter');
    await key(a, 'Shift+Digit1');
    await expectCurrent(a, 'A001');

    // Transfer A001 to Applications: T, the sector's letter picks it, Tab to the note, Enter.
    await a.keyboard.press('t');
    await a.getByTestId('transfer-dialog').waitFor();
    await a.keyboard.press('d');
    expect(await a.getByTestId('transfer-sector').inputValue()).toBe('applications');
    await a.keyboard.press('Tab');
    await a.keyboard.press('Tab');
    await a.keyboard.type('шағым');
    await screenshot(a, 'operator-2-transfer-dialog');
    await a.keyboard.press('Enter');
    await expectIdle(a);

    // Desk 5 gets the transferred visitor first: they keep their arrival time (transferKeepsArrival).
    await key(b, 'n');
    await expectCurrent(b, 'A001');
    await key(b, 's');
    await expectStatus(b, 'serving');
    await key(b, 'Digit2');
    await expectIdle(b);

    // A002 is called; the page reloads mid-call and the visitor is still there.
    await key(a, 'n');
    await expectCurrent(a, 'A002');
    await a.reload();
    await expectCurrent(a, 'A002');
    // No-show is offered only after the grace period, counted down on the screen.
    expect(await a.getByTestId('no-show').isDisabled()).toBe(true);
    await expect.poll(() => a.getByTestId('no-show').isEnabled(), { timeout: 10_000 }).toBe(true);
    await key(a, 'x');
    await expectIdle(a);

    // Call a ticket by number: F, type it, Enter.
    await a.keyboard.press('f');
    await a.keyboard.type('a003');
    await a.keyboard.press('Enter');
    await expectCurrent(a, 'A003');
    await key(a, 's');
    await expectStatus(a, 'serving');
    await key(a, 'Digit3');
    await expectIdle(a);

    // Pause for lunch (P, 2), then resume (P).
    await a.keyboard.press('p');
    await a.getByTestId('pause-picker').waitFor();
    await key(a, 'Digit2');
    await a.getByTestId('paused').waitFor();
    await screenshot(a, 'operator-3-paused');
    await key(a, 'n');
    await a.keyboard.press('p');
    await a.getByTestId('paused').waitFor({ state: 'detached' });

    await expect.poll(() => a.getByTestId('my-served').textContent(), { timeout: 5000 }).toBe('2');
    expect(await a.getByTestId('my-no-shows').textContent()).toBe('1');
    expect(await a.getByTestId('my-transferred').textContent()).toBe('1');
    await screenshot(a, 'operator-4-my-day');

    // Desk 5 calls D001 and the server restarts under both desks: a banner, then the visitor again.
    await key(b, 'n');
    await expectCurrent(b, 'D001');
    await server.stop();
    await b.getByTestId('offline-banner').waitFor({ timeout: 10_000 });
    await screenshot(b, 'operator-5-disconnected');
    server = await startServer(server.dataDir, server.port);
    await b.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 20_000 });
    await expectCurrent(b, 'D001');
    await key(b, 's');
    // Finish is offered only once the server confirmed the start; a hurried key press is ignored.
    await expectStatus(b, 'serving');
    await key(b, 'Digit4');
    await expectIdle(b);
    await b.keyboard.press('Shift+KeyC');
    await b.getByTestId('desk-desk-5').waitFor();
    await a.close();
    await b.close();
  });

  it('fits a 480x640 window beside other office software', async () => {
    await issue([{ sectorId: 'civil-registry' }]);
    const page = await browser.newPage({ viewport: { width: 480, height: 640 } });
    await signIn(page, 'op3', 'desk-3');
    await key(page, 'n');
    await expectCurrent(page, 'C001');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(480);
    // The visitor and the main actions are on the first screen, without scrolling.
    for (const id of ['current-number', 'recall', 'start']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box && box.y + box.height <= 640, id).toBe(true);
    }
    await screenshot(page, 'operator-6-small-window-called');
    await key(page, 's');
    for (const id of ['current-number', 'finish-solved', 'finish-redirected']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box && box.y + box.height <= 640, id).toBe(true);
    }
    await screenshot(page, 'operator-7-small-window-serving');
    await page.close();
  });
});
