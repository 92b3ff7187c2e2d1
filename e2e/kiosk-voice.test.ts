// Voice guidance and "I need help" at a portrait kiosk in Chromium. A visitor who cannot see the screen
// turns the voice on (the large button or any key of an attached keypad), hears where they are, steps
// through the choices with Next and takes one with Choose, in the language they choose, and hears their
// ticket: number, sector, people ahead. The clips really play (Chromium runs with the kiosks' autoplay
// flag); the page lists what it says in a live region, which the test reads.
import type { Socket } from 'socket.io-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '@kezek/shared';
import { launchBrowser, screenshot, signIn } from './support/browser.js';
import { headSession, type HeadSession } from './support/head-session.js';
import { kioskPage, PORTRAIT } from './support/kiosk-page.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let head: HeadSession;
let office: OfficeDriver;

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
  head = await headSession(server.url);
  office = new OfficeDriver(server.url);
  await office.open('op1', 'desk-1');
});
afterAll(async () => {
  office?.close();
  head?.socket.disconnect();
  await browser?.close();
  await server?.stop();
});

const said = (page: Page) => page.getByTestId('voice-said').getAttribute('data-clips');
const started = async (page: Page) =>
  Number(await page.getByTestId('voice-said').getAttribute('data-started'));
const outlined = (page: Page) =>
  page.evaluate(() => document.querySelector('.voice-focus')?.getAttribute('data-testid') ?? null);
/** Clips the page fetched, as "lang/name". */
const fetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => /\/kiosk\/voice\/(\w+\/[\w-]+)\.ogg$/.exec(e.name)?.[1])
      .filter((x): x is string => x !== undefined),
  );

describe('voice guidance', () => {
  it('reads the choices, steps with Next, takes one with Choose, and speaks the ticket', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT);
    await page.getByTestId('voice').tap();
    await expect.poll(() => said(page)).toBe('intro choose-sector');
    await expect.poll(() => started(page)).toBeGreaterThanOrEqual(1); // sound, not only a label
    await page.getByTestId('voice-next').tap();
    await expect.poll(() => said(page)).toBe('sector-legal in-queue number-0'); // desk 1 is open for it
    expect(await outlined(page)).toBe('sector-legal');
    await page.getByTestId('voice-next').tap();
    await expect.poll(() => said(page)).toBe('sector-self-service no-desk');
    await screenshot(page, 'kiosk-voice-next');

    // Back to the first sector, from the keypad this time, and take it.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => outlined(page)).toBe('sector-legal');
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page)).toBe('priority-question');
    for (let i = 0; i < 5; i++) await page.getByTestId('voice-next').tap();
    await expect.poll(() => said(page)).toBe('priority-none');
    await page.getByTestId('voice-choose').tap();
    await page.getByTestId('ticket-number').waitFor();
    await expect
      .poll(() => said(page))
      .toBe('your-number letter-a number-1 sector-legal ahead number-0 wait-minutes number-0');
    await screenshot(page, 'kiosk-voice-ticket');
    // Next and Choose do not end the ticket as a touch would: it stays up to be heard, then "Finish".
    expect(
      Number(/\d+/.exec((await page.getByTestId('countdown').textContent()) ?? '')?.[0]),
    ).toBeGreaterThan(40);
    await page.getByTestId('voice-next').tap();
    await expect.poll(() => said(page)).toBe('finish');
    expect(await page.getByTestId('ticket-number').isVisible()).toBe(true);
    await page.getByTestId('voice-choose').tap();
    await page.getByTestId('sector-legal').waitFor();
    await page.close();
  });

  it('speaks in the language the visitor chooses by voice, and starts from any key of a keypad', async () => {
    const page = await kioskPage(browser, server.url, PORTRAIT);
    // The demo takes bookings: the grid's last cell comes once the kiosk has read that, and the steps with it.
    await page.getByTestId('checkin-start').waitFor();
    await page.keyboard.press('ArrowDown'); // a keypad's key: the voice starts
    await expect.poll(() => said(page)).toBe('intro choose-sector');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown'); // past the 7 sectors
    await expect.poll(() => outlined(page)).toBe('lang-ru');
    // "Русский язык", said in Russian on reaching it; a key pressed before its clip loads would cut it off.
    await expect.poll(() => fetched(page)).toContain('ru/lang');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ru');
    await expect.poll(() => said(page)).toBe('choose-sector');
    await expect.poll(() => fetched(page)).toContain('ru/choose-sector');
    await page.close();
  });
});

describe('"I need help"', () => {
  it('alerts the head and the specialist at the disability-service desk with the kiosk name, and says help is coming', async () => {
    const desk = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(desk, server.url, 'op6', 'kezek');
    await desk.getByTestId('desk-desk-6').click();
    await desk.getByTestId('desk-title').waitFor();
    const atHead = heard(head.socket);
    const page = await kioskPage(browser, server.url, PORTRAIT);
    await page.getByTestId('lang-en').tap();
    await page.getByTestId('help').tap();
    await page.getByTestId('help-status').waitFor();
    expect(await page.getByTestId('help-status').textContent()).toContain('A specialist is coming to you');
    await screenshot(page, 'kiosk-help-sent-en');

    await expect.poll(() => atHead.length).toBe(1);
    const kioskName = atHead[0]?.detail ?? '';
    expect((await head.setup()).devices.map((d) => d.name)).toContain(kioskName);
    const banner = desk.getByTestId('help-call');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(kioskName);
    await screenshot(desk, 'operator-help-call');
    await page.getByTestId('help').tap(); // pressed again: the call stands, nothing more is sent
    await new Promise((r) => setTimeout(r, 300));
    expect(atHead).toHaveLength(1);
    expect(await desk.getByTestId('help-call').count()).toBe(1);
    await desk.getByTestId('help-seen').click();
    expect(await desk.getByTestId('help-call').count()).toBe(0);
    await desk.close();
    await page.close();
  });
});

function heard(socket: Socket): Alert[] {
  const alerts: Alert[] = [];
  socket.on('alert:raised', (a: Alert) => alerts.push(a));
  return alerts;
}
