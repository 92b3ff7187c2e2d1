// The kiosk during a server outage, in Chromium at a portrait kiosk's size: it says plainly that no
// ticket can be issued now and that taken tickets stay valid, nothing can be tapped that would not work,
// and the "preparing your ticket" overlay never covers that message. Back online, it works again.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { kioskPage, PORTRAIT } from './support/kiosk-page.js';
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

/** Whether the banner is drawn on top and at full strength where a visitor reads it. */
async function bannerOnTop(page: Page): Promise<{ top: boolean; opacity: string }> {
  return page.getByTestId('offline-banner').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { top: hit !== null && el.contains(hit), opacity: getComputedStyle(el).opacity };
  });
}

describe('the kiosk in an outage', () => {
  it('disables the sector buttons and says what works and what does not, then recovers', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT);
    await page.getByTestId('lang-en').tap();
    await server.stop();
    await page.locator('[data-testid="offline-banner"][data-status="offline"]').waitFor();
    const banner = (await page.getByTestId('offline-banner').textContent()) ?? '';
    expect(banner).toContain('new tickets cannot be issued');
    expect(banner).toContain('Tickets already taken stay valid');
    expect(await page.getByTestId('sector-legal').isDisabled()).toBe(true);
    await page.getByTestId('sector-legal').tap({ force: true });
    expect(await page.getByTestId('issuing').count()).toBe(0);
    expect(await page.getByTestId('priority-none').count()).toBe(0);
    await page.getByTestId('help').tap(); // no server to carry the call: say so at once
    expect(await page.getByTestId('help-status').textContent()).toBe(
      'Could not call for help: please ask at a desk',
    );
    await screenshot(page, 'kiosk-outage-en');

    server = await startServer(server.dataDir, server.port);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.getByTestId('sector-legal').isEnabled()).toBe(true);
    await page.close();
  });

  it('keeps the outage message readable above "preparing your ticket"', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT, { clock: true });
    await page.getByTestId('lang-en').tap();
    await page.getByTestId('sector-legal').tap();
    // A frozen server: the tap is sent and never answered, and the link drops when the pings stop.
    process.kill(server.child.pid ?? 0, 'SIGSTOP');
    try {
      await page.getByTestId('priority-none').tap();
      await page.getByTestId('issuing').waitFor();
      await page.clock.fastForward(60_000);
      await page.locator('[data-testid="offline-banner"][data-status="offline"]').waitFor();
      expect(await page.getByTestId('issuing').isVisible()).toBe(true);
      expect(await bannerOnTop(page)).toEqual({ top: true, opacity: '1' });
      await screenshot(page, 'kiosk-outage-while-issuing-en');
    } finally {
      process.kill(server.child.pid ?? 0, 'SIGCONT');
    }
    await page.close();
  });
});
