// A busy sector's thousandth visitor: the number goes on from A999 to A1000, and the hall display shows
// the longer number whole, in landscape and portrait, without spilling out of its row.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { writeTodayAt } from './support/fixture-day.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;

beforeAll(async () => {
  const dir = tempDataDir();
  await writeTodayAt(dir, 'legal', 999);
  [server, browser] = await Promise.all([startServer(dir), launchBrowser()]);
  office = new OfficeDriver(server.url);
}, 60_000);
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

/** Whether every part of the top call row lies inside the row and the row inside the window. */
function fitsOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const row = document.querySelector('[data-testid="call"][data-rank="0"]');
    if (!row) return false;
    const box = row.getBoundingClientRect();
    const inside = Array.from(row.children).every((c) => {
      const r = c.getBoundingClientRect();
      return r.left >= box.left - 1 && r.right <= box.right + 1;
    });
    return inside && row.scrollWidth <= row.clientWidth + 1 && box.right <= window.innerWidth + 1;
  });
}

describe('four-digit ticket numbers', () => {
  it('issues A1000 after A999 and shows it whole on a landscape and a portrait hall screen', async () => {
    const pages = await Promise.all(
      [
        { width: 1920, height: 1080 },
        { width: 1080, height: 1920 },
      ].map(async (viewport) => {
        const page = await browser.newPage({ viewport });
        await page.goto(`${server.url}/display/`);
        await page.getByTestId('no-calls').waitFor();
        return page;
      }),
    );
    expect(await office.issue('legal', 'kk')).toBe('A1000');
    await office.open('op1', 'desk-1');
    expect(await office.callNext('op1', 'desk-1')).toBe('A999');
    await office.finish('op1', 'desk-1');
    expect(await office.callNext('op1', 'desk-1')).toBe('A1000');
    for (const [i, page] of pages.entries()) {
      const top = page.locator('[data-testid="call"][data-rank="0"]');
      await expect.poll(() => top.getAttribute('data-number')).toBe('A1000');
      expect(await top.locator('.number').textContent()).toBe('A1000');
      expect(await fitsOnScreen(page)).toBe(true);
      await screenshot(page, `display-7-four-digits-${i === 0 ? 'landscape' : 'portrait'}`);
    }
  });
});
