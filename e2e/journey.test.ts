// A visitor's journey in real Chromium against the built server: the kiosk issues a ticket in Kazakh,
// a specialist calls it from the operator desk, and the hall display shows it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
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

describe('a visitor in Chromium', () => {
  it('takes a ticket at the kiosk, is called at desk 3, and the display shows the call', async () => {
    const display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await display.goto(`${server.url}/display/`);
    await display.getByTestId('no-calls').waitFor();

    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    await kiosk.goto(`${server.url}/kiosk/`);
    await kiosk.getByTestId('lang-kk').tap();
    await kiosk.getByTestId('sector-civil-registry').tap();
    await kiosk.getByTestId('service-birth').tap();
    await kiosk.getByTestId('priority-none').tap();
    await expect.poll(() => kiosk.getByTestId('ticket-number').textContent()).toContain('C001');
    expect(await kiosk.getByTestId('ticket-sector').textContent()).toContain(
      'Азаматтық хал актілерін тіркеу',
    );
    await screenshot(kiosk, 'journey-1-kiosk-ticket-kk');

    const operator = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await operator.goto(`${server.url}/operator/`);
    await operator.getByTestId('username').fill('op3');
    await operator.getByTestId('password').fill('kezek');
    await operator.getByTestId('login').click();
    await operator.getByTestId('desk-desk-3').click();
    await operator.getByTestId('call-next').click();
    await expect.poll(() => operator.getByTestId('current-number').textContent()).toContain('C001');
    await screenshot(operator, 'journey-2-operator-called');

    const call = display.locator('[data-testid="call"][data-number="C001"]');
    await call.waitFor({ timeout: 1000 });
    expect(await call.getAttribute('data-desk')).toBe('3');
    await screenshot(display, 'journey-3-display-call');
  });
});
