// The hall display on a 1920x1080 TV seen from ten metres: with a busy hall (every desk called, older calls
// in the recent list) nothing hides behind the ticker, and the queue list's sector names are whole (wrapped,
// never cut with "…") and in type large enough to read across the hall.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficeDriver } from './support/office-driver.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;

/** Each demo desk and a sector it serves. */
const DESKS: [string, string][] = [
  ['desk-1', 'legal'],
  ['desk-2', 'self-service'],
  ['desk-3', 'civil-registry'],
  ['desk-4', 'civil-registry'],
  ['desk-5', 'applications'],
  ['desk-6', 'accessibility'],
  ['desk-7', 'business'],
  ['desk-8', 'akim'],
];
/** A glyph about 25 mm tall on a 55" TV (0.63 mm a pixel) is what a reader at 10 m needs at least. */
const MIN_NAME_PX = 48;
/** The newest call, with the recent list and the office's figures in the same column: ~55 mm on a 55" TV. */
const MIN_TOP_CALL_PX = 88;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(tempDataDir()), launchBrowser()]);
  office = new OfficeDriver(server.url);
  // Twelve calls: four stay on the board, eight go to the recent list.
  // Three tickets a desk first, so a desk that serves two sectors never empties another's queue.
  for (const [, sectorId] of DESKS)
    for (const lang of ['kk', 'ru', 'kk'] as const) await office.issue(sectorId, lang);
  for (const [i, [deskId]] of DESKS.entries()) {
    const user = `op${i + 1}`;
    await office.open(user, deskId);
    await office.callNext(user, deskId);
  }
  for (const [i, [deskId]] of DESKS.slice(0, 4).entries()) {
    const user = `op${i + 1}`;
    await office.finish(user, deskId);
    await office.callNext(user, deskId);
  }
}, 90_000);
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

async function tv(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${server.url}/display/`);
  await page.locator('[data-testid="call"][data-rank="11"]').waitFor();
  await page.getByTestId('sector-akim').waitFor();
  return page;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

describe('the hall display on a 1920x1080 TV', () => {
  it('shows every recent call above the ticker, inside the screen', async () => {
    const page = await tv();
    await screenshot(page, 'display-tv-1-busy-hall');
    const boxes = await page.evaluate(() => {
      const box = (e: Element): Box => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      const ticker = document.querySelector('[data-testid="ticker"]');
      const top = document.querySelector('[data-testid="call"][data-rank="0"] .number');
      return {
        topPx: top ? parseFloat(getComputedStyle(top).fontSize) : 0,
        ticker: ticker ? box(ticker) : null,
        calls: Array.from(document.querySelectorAll('[data-testid="call"]')).map(box),
      };
    });
    expect(boxes.ticker).not.toBeNull();
    // The newest call is still the largest thing on the screen, whatever else the column holds.
    expect(boxes.topPx).toBeGreaterThanOrEqual(MIN_TOP_CALL_PX);
    expect(boxes.calls).toHaveLength(12);
    for (const call of boxes.calls) {
      expect(call.bottom).toBeLessThanOrEqual(boxes.ticker?.top ?? 0);
      expect(call.right).toBeLessThanOrEqual(1920);
    }
    await page.close();
  });

  it('prints every sector name whole, in type readable at ten metres, inside its panel', async () => {
    const page = await tv();
    await screenshot(page, 'display-tv-2-queues');
    const names = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid^="sector-"] .name > span')).map((e) => {
        const el = e as HTMLElement;
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          lang: el.lang,
          px: parseFloat(getComputedStyle(el).fontSize),
          cut: el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis',
          bottom: r.bottom,
        };
      }),
    );
    const limit = await page.evaluate(() => {
      const main = document.querySelector('main')?.getBoundingClientRect();
      return main ? main.bottom : 0;
    });
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const n of names) {
      expect(n.cut, n.text).toBe(false);
      expect(n.bottom, n.text).toBeLessThanOrEqual(limit);
    }
    const first = names.filter((n) => n.lang === 'kk');
    for (const n of first) expect(n.px, n.text).toBeGreaterThanOrEqual(MIN_NAME_PX);
    await page.close();
  });
});
