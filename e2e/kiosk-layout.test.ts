// Every kiosk screen at the sizes of real kiosks (1080×1920 portrait, 1920×1080 landscape): it fits with
// nothing below the edge; large text says that the list goes on; reach mode keeps every button low.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS, launchBrowser, screenshot } from './support/browser.js';
import { highestButton, kioskPage, LANDSCAPE, onScreen, overflow, PORTRAIT } from './support/kiosk-page.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Walks one visitor through every screen, checking at each that nothing needs scrolling. */
async function everyScreenFits(page: Page, name: string): Promise<void> {
  const screens: [string, () => Promise<void>][] = [
    ['sectors', async () => {}],
    ['services', () => page.getByTestId('sector-civil-registry').tap()],
    ['priority', () => page.getByTestId('service-birth').tap()],
    ['ticket', () => page.getByTestId('priority-elderly').tap()],
  ];
  for (const [screen, go] of screens) {
    await go();
    await page
      .getByTestId(screen === 'ticket' ? 'ticket-number' : 'back')
      .or(page.getByTestId('sector-legal'))
      .first()
      .waitFor();
    await screenshot(page, `kiosk-${name}-${screen}`);
    if (screen === 'priority') {
      // The pregnant / parent-with-infant pictogram, large enough to judge by eye.
      const icon = page.getByTestId('priority-pregnant_or_infant').locator('svg');
      await icon.screenshot({ path: join(ARTIFACTS, `kiosk-${name}-icon-pregnant.png`), scale: 'css' });
    }
    expect({ screen, ...(await overflow(page)) }).toEqual({ screen, page: 0, main: 0 });
  }
  expect(await onScreen(page, 'ticket-done')).toBe(true);
  expect(await onScreen(page, 'countdown')).toBe(true);
  await page.getByTestId('ticket-done').tap();
  await page.getByTestId('sector-legal').waitFor();
}

describe('kiosk layout at real kiosk sizes', () => {
  it('fits every screen, the ticket with "Done" and its countdown included, on a landscape kiosk', async () => {
    const page = await kioskPage(browser, server.url, LANDSCAPE);
    await everyScreenFits(page, 'landscape');
    await page.close();
  });

  it('fits every screen on a portrait kiosk', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT);
    await everyScreenFits(page, 'portrait');
    await page.close();
  });

  it('fits the ticket, "Done" included, on a landscape kiosk in large text', async () => {
    const page = await kioskPage(browser, server.url, LANDSCAPE);
    await page.getByTestId('large-text').tap();
    await page.getByTestId('sector-legal').tap();
    await page.getByTestId('priority-none').tap();
    await page.getByTestId('ticket-number').waitFor();
    await screenshot(page, 'kiosk-landscape-large-ticket');
    expect(await overflow(page)).toEqual({ page: 0, main: 0 });
    expect(await onScreen(page, 'ticket-done')).toBe(true);
    await page.close();
  });

  it('shows that the large-text sector list goes on below, until it is scrolled to the end', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT);
    expect(await page.getByTestId('more-below').count()).toBe(0);
    await page.getByTestId('large-text').tap();
    await page.getByTestId('more-below').waitFor();
    expect(await onScreen(page, 'more-below')).toBe(true);
    await screenshot(page, 'kiosk-portrait-large-text');
    await page.locator('main').evaluate((m) => m.scrollTo({ top: m.scrollHeight }));
    await page.getByTestId('more-below').waitFor({ state: 'detached' });
    await screenshot(page, 'kiosk-portrait-large-text-end');
    await page.close();
  });

  it('puts every button in the lower part of a portrait screen in reach mode, on every screen', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT);
    expect((await highestButton(page)).share).toBeLessThan(0.1); // the language switch, at the top
    await page.getByTestId('reach').tap();
    await page.getByTestId('reach-note').waitFor();
    for (const [screen, go] of [
      ['sectors', async () => {}],
      ['services', () => page.getByTestId('sector-civil-registry').tap()],
      ['priority', () => page.getByTestId('service-birth').tap()],
    ] as const) {
      await go();
      await screenshot(page, `kiosk-portrait-reach-${screen}`);
      const top = await highestButton(page);
      expect({ screen, low: top.share >= 0.4, top }).toMatchObject({ screen, low: true });
    }
    await page.close();
  });
});
