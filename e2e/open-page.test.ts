// The public page /open in Chromium as a resident opens it from the QR code on the wall: on a phone and
// on a big screen, in Kazakh first and then in the language they choose, with today's real figures.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
  office = new OfficeDriver(server.url);
  for (const sector of ['legal', 'legal', 'civil-registry', 'applications']) await office.issue(sector, 'kk');
  await office.open('op1', 'desk-1');
  await office.callNext('op1', 'desk-1');
  await office.finish('op1', 'desk-1');
});
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

describe('the public figures page', () => {
  it('reads on a 390x844 phone in Kazakh, switches to Russian, and shows the queues, chart and hours', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(`${server.url}/open`);
    await page.locator('[data-loaded="true"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Біздің жұмысымыз ашық');
    expect(await page.getByTestId('fig-received').textContent()).toContain('4');
    expect(await page.getByTestId('outcome-solved').textContent()).toBe('1');
    expect(await page.getByTestId('open-queues').textContent()).toContain('Заңгерлік кеңес');
    // Nothing wider than the phone: the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'open-1-phone-kk');
    await page.getByTestId('lang-ru').tap();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Наша работа открыта');
    expect(page.url()).toContain('lang=ru');
    await page.getByTestId('period-month').tap();
    expect(await page.getByTestId('period-month').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('open-hours').scrollIntoViewIfNeeded();
    await screenshot(page, 'open-2-phone-ru-month-hours');
    await page.close();
  });

  it('lays out on a 1920x1080 screen in English, from the address a ticket carries', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}/open?lang=en`);
    await page.locator('[data-loaded="true"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('How we are doing');
    const rows = await page.getByTestId('open-sectors').locator('tbody tr').count();
    expect(rows).toBe(7);
    expect(await page.getByTestId('open-sectors').textContent()).toContain('Legal consultation');
    await screenshot(page, 'open-3-wide-en');
    await page.close();
  });
});
