// A kiosk left alone returns to its start, in the office's first language, after the idle time (the
// office's content.kioskIdleSec, 30 s in the demo), from every screen; the ticket screen counts down and
// goes back by itself, with no printer and for a sector that asks no priority question. Playwright's
// clock jumps over the waits, so the test does not sit through them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { headSession, type HeadSession } from './support/head-session.js';
import { kioskPage, PORTRAIT } from './support/kiosk-page.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let head: HeadSession;

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
  head = await headSession(server.url);
});
afterAll(async () => {
  head?.socket.disconnect();
  await browser?.close();
  await server?.stop();
});

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
const countdown = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId('countdown').textContent()) ?? '')?.[0]);

async function atStart(page: Page): Promise<void> {
  await page.getByTestId('sector-legal').waitFor({ timeout: 5000 });
  expect(await htmlLang(page)).toBe('kk');
  expect(await page.getByTestId('large-text').getAttribute('aria-pressed')).toBe('false');
}

describe('an abandoned kiosk', () => {
  it('returns from the priority question, the service list and a half-set start, in Kazakh, after the idle time', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT, { clock: true });
    const cases: [string, () => Promise<void>, string][] = [
      ['priority', () => page.getByTestId('sector-legal').tap(), 'priority-none'],
      ['services', () => page.getByTestId('sector-civil-registry').tap(), 'service-birth'],
      ['start in English with large text', () => page.getByTestId('large-text').tap(), 'sector-legal'],
    ];
    for (const [name, go, shown] of cases) {
      await page.getByTestId('lang-en').tap();
      await go();
      await page.getByTestId(shown).waitFor();
      await page.clock.fastForward(20_000);
      expect({ name, lang: await htmlLang(page) }).toEqual({ name, lang: 'en' }); // not yet: 20 s of 30
      await page.clock.fastForward(11_000);
      await atStart(page);
      expect(await page.getByTestId('priority-none').count()).toBe(0);
    }
    await screenshot(page, 'kiosk-idle-back-at-start');
    await page.close();
  });

  it('keeps a visitor who is still touching the screen', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT, { clock: true });
    await page.getByTestId('lang-ru').tap();
    await page.getByTestId('sector-civil-registry').tap();
    for (let i = 0; i < 3; i++) {
      await page.clock.fastForward(20_000);
      await page.getByTestId('service-birth').dispatchEvent('pointerdown');
    }
    expect(await page.getByTestId('service-birth').isVisible()).toBe(true);
    expect(await htmlLang(page)).toBe('ru');
    await page.close();
  });
});

describe('the ticket screen', () => {
  it('counts down with no printer and goes back to the start by itself', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT, { clock: true });
    await page.getByTestId('lang-en').tap();
    await page.getByTestId('sector-legal').tap();
    await page.getByTestId('priority-none').tap();
    // The server says the kiosk has no printer: the ticket then stays up longer, to note the number.
    await page.locator('[data-testid="ticket"][data-print="no_printer"]').waitFor();
    await expect.poll(() => countdown(page)).toBeGreaterThan(40);
    const first = await countdown(page);
    await page.clock.fastForward(5_000);
    await expect.poll(() => countdown(page)).toBeLessThanOrEqual(first - 4);
    await screenshot(page, 'kiosk-ticket-countdown-no-printer');
    await page.clock.fastForward(46_000);
    await atStart(page);
    await page.close();
  });

  it('counts down and goes back for a sector that asks no priority question', async () => {
    const setup = await head.setup();
    const sectors = setup.config.sectors.map((s) => (s.id === 'akim' ? { ...s, priorityAllowed: false } : s));
    const saved = (await head.socket.timeout(5000).emitWithAck('admin:save-office', {
      requestId: 'e2e-no-priority-akim',
      config: { ...setup.config, sectors },
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);

    const page = await kioskPage(browser, server.url, PORTRAIT, { clock: true });
    await page.getByTestId('sector-akim').tap();
    await page.getByTestId('ticket-number').waitFor(); // straight to the ticket: no question asked
    await page.locator('[data-testid="ticket"][data-print="no_printer"]').waitFor();
    await expect.poll(() => countdown(page)).toBeGreaterThan(40);
    const first = await countdown(page);
    await page.clock.fastForward(3_000);
    await expect.poll(() => countdown(page)).toBeLessThan(first);
    await page.clock.fastForward(46_000);
    await atStart(page);
    await page.close();
  });
});
