// The phone page behind a ticket's QR code, at 390×844: it opens in the ticket's language, the visitor
// switches it, and the phone keeps the choice across a reload.
import type { Browser } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACK_TIMEOUT_MS, type IssuedTicket, type Result } from '@kezek/shared';
import { launchBrowser, screenshot } from './support/browser.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let kiosk: Socket;

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
  kiosk = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve) => kiosk.once('connect', () => resolve()));
  const paired = new Promise<void>((resolve) => kiosk.once('session:started', () => resolve()));
  await kiosk
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('device:request-pairing', { kind: 'kiosk', name: 'hall kiosk' });
  await paired;
}, 60_000);
afterAll(async () => {
  kiosk?.disconnect();
  await browser?.close();
  await server?.stop();
});

describe('the phone status page', () => {
  it('switches language on the visitor’s tap and keeps it after a reload', async () => {
    const issued = (await kiosk.timeout(ACK_TIMEOUT_MS).emitWithAck('ticket:issue', {
      requestId: 'status-lang-abcdefgh',
      sectorId: 'civil-registry',
      serviceId: null,
      lang: 'kk',
    })) as Result<IssuedTicket>;
    if (!issued.ok) throw new Error(issued.error);
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await phone.goto(`${server.url}/t/${issued.data.code}`);
    await phone.locator('[data-status="waiting"]').waitFor();
    const page = phone.getByTestId('status');
    expect(await page.textContent()).toContain('Кезекте күтудесіз');
    expect(await phone.getByTestId('lang-kk').getAttribute('aria-pressed')).toBe('true');
    await screenshot(phone, 'status-lang-1-kk');

    await phone.getByTestId('lang-ru').tap();
    await expect.poll(() => page.textContent()).toContain('Вы в очереди');
    expect(await page.textContent()).toContain('Регистрация актов гражданского состояния');
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('ru');
    await screenshot(phone, 'status-lang-2-ru');

    await phone.getByTestId('lang-en').tap();
    await expect.poll(() => page.textContent()).toContain('You are in the queue');
    await phone.reload();
    await phone.locator('[data-status="waiting"]').waitFor();
    expect(await page.textContent()).toContain('Civil registration');
    // Every button of the switch is on screen and big enough for a thumb.
    for (const l of ['kk', 'ru', 'en']) {
      const box = await phone.getByTestId(`lang-${l}`).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390 && box.height >= 44).toBe(true);
    }
    await screenshot(phone, 'status-lang-3-en-after-reload');
    // The ticket leads on to the office's public figures, in the language the visitor reads.
    await phone.getByTestId('status-open').tap();
    await phone.locator('[data-loaded="true"]').waitFor();
    expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe('How we are doing');
  });
});
