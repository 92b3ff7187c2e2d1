// The operator shell's global "call next" hotkey reaches the desk page through the bridge
// (shared/src/bridge.ts). The Electron shell cannot run here, so its bridge is stood in by an object of
// the same shape that keeps the listener the page registers, and the test presses "the hotkey" through it.
import type { Browser } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
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

async function issueLegalTicket(): Promise<void> {
  const kiosk = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
  const paired = new Promise<void>((r) => kiosk.once('session:started', () => r()));
  await kiosk.timeout(5000).emitWithAck('device:request-pairing', { kind: 'kiosk', name: 'hotkey kiosk' });
  await paired;
  const r = (await kiosk.timeout(5000).emitWithAck('ticket:issue', {
    requestId: crypto.randomUUID(),
    sectorId: 'legal',
    lang: 'kk',
  })) as { ok: boolean };
  expect(r.ok).toBe(true);
  kiosk.disconnect();
}

describe('the operator shell hotkey', () => {
  it('calls the next visitor when the shell reports its global hotkey', async () => {
    await issueLegalTicket();
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
