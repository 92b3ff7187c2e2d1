// A sector with no open desk, in Chromium at a portrait kiosk's size: the visitor is told before taking
// the ticket and the ticket promises no wait; the head can make the sector refuse instead, and the kiosk
// then says why; once a desk opens, the sector issues with its queue and wait as usual.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headPage, launchBrowser, screenshot } from './support/browser.js';
import { headSession, type HeadSession } from './support/head-session.js';
import { kioskPage, PORTRAIT } from './support/kiosk-page.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let head: HeadSession;
let office: OfficeDriver;
let kiosk: Page;

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
  head = await headSession(server.url);
  office = new OfficeDriver(server.url);
  kiosk = await kioskPage(browser, server.url, PORTRAIT);
  await kiosk.getByTestId('lang-en').tap();
});
afterAll(async () => {
  office?.close();
  head?.socket.disconnect();
  await browser?.close();
  await server?.stop();
});

describe('a sector with no open desk', () => {
  it('warns on the tile and before the ticket, and the ticket says no desk is open instead of "0 ahead"', async () => {
    const tile = kiosk.getByTestId('sector-legal');
    expect(await tile.getByTestId('sector-no-desk').textContent()).toBe(
      'No desk is serving this sector right now',
    );
    await tile.tap();
    await kiosk.getByTestId('no-desk-warning').waitFor();
    await screenshot(kiosk, 'kiosk-no-desk-warning-en');
    await kiosk.getByTestId('priority-none').tap();
    await kiosk.getByTestId('ticket-no-desk').waitFor();
    expect(await kiosk.getByTestId('ticket-ahead').count()).toBe(0);
    expect(await kiosk.getByTestId('ticket-estimate').count()).toBe(0);
    expect(await kiosk.getByTestId('ticket').textContent()).not.toMatch(/ahead of you: 0|≈/);
    await screenshot(kiosk, 'kiosk-no-desk-ticket-en');
    await kiosk.getByTestId('ticket-done').tap();
  });

  it('refuses with the reason once the head chooses so in the sector setup, and issues when a desk opens', async () => {
    const page = await headPage(browser, server.url);
    await page.getByTestId('tab-setup').click();
    await page.getByTestId('setup-tab-sectors').click();
    await page.getByTestId('setup-sector-legal').getByTestId('sector-details').click();
    const details = page.getByTestId('sector-details-legal');
    await details.getByTestId('when-no-desk').selectOption('refuse');
    await page.getByTestId('save-sectors').click();
    await page.getByTestId('saved').waitFor();
    await screenshot(page, 'head-sector-when-no-desk');
    const legal = (await head.setup()).config.sectors.find((s) => s.id === 'legal');
    expect(legal?.whenNoDesk).toBe('refuse');
    await page.close();

    await kiosk.getByTestId('lang-en').tap(); // "Done" brought the start back in Kazakh
    const tile = kiosk.getByTestId('sector-legal');
    await expect.poll(() => tile.isDisabled()).toBe(true);
    expect(await tile.getByTestId('sector-blocked').textContent()).toBe(
      'No desk is serving this sector right now: no tickets are issued',
    );
    await screenshot(kiosk, 'kiosk-no-desk-refused-en');

    await office.open('op1', 'desk-1');
    await expect.poll(() => tile.isEnabled()).toBe(true);
    expect(await tile.textContent()).toContain('In queue: 1');
    await tile.tap();
    expect(await kiosk.getByTestId('no-desk-warning').count()).toBe(0);
    await kiosk.getByTestId('priority-none').tap();
    expect(await kiosk.getByTestId('ticket-ahead').textContent()).toBe('People ahead of you: 1');
    expect(await kiosk.getByTestId('ticket-no-desk').count()).toBe(0);
  });
});
