// The operator shell's global "call next" hotkey reaches the desk page through the bridge
// (shared/src/bridge.ts). The Electron shell cannot run here, so its bridge is stood in by an object of
// the same shape that keeps the listener the page registers, and the test presses "the hotkey" through it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { OfficeDriver } from './support/office-driver.js';
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

describe('the operator shell hotkey', () => {
  it('calls the next visitor when the shell reports its global hotkey', async () => {
    const office = new OfficeDriver(server.url);
    expect(await office.issue('legal', 'kk')).toBe('A001');
    office.close();
    const page = await browser.newPage({ viewport: { width: 520, height: 720 } });
    await page.addInitScript(() => {
      const listeners: (() => void)[] = [];
      Object.assign(window, {
        __pressHotkey: () => listeners.forEach((l) => l()),
        kezek: {
          role: 'operator',
          onCallNext: (l: () => void) => {
            listeners.push(l);
            return () => listeners.splice(listeners.indexOf(l), 1);
          },
        },
      });
    });
    await page.goto(`${server.url}/operator/`);
    await page.getByTestId('username').fill('op1');
    await page.getByTestId('password').fill('kezek');
    await page.getByTestId('login').click();
    await page.getByTestId('desk-desk-1').click();
    await page.getByTestId('current-none').waitFor();
    await page.evaluate(() => (window as unknown as { __pressHotkey: () => void }).__pressHotkey());
    await expect.poll(() => page.getByTestId('current-number').textContent()).toContain('A001');
  });
});
