// The whole path of a follow-up case in Chromium: a specialist finishes a visit as in progress with the
// keyboard, the receipt reaches the virtual printer and its QR code opens the status page, a month
// passes on the office's clock, the head sees the case overdue, the specialist answers it, and the
// status page shows the answer in Kazakh.
import type { Browser, Page } from 'playwright-core';
import jsqr from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '@kezek/shared';
import { isBlack, type MonoImage } from '../server/src/printing/mono-image.js';
import { startVirtualPrinter, type VirtualPrinter } from '../server/src/printing/virtual-printer.js';
import { openMemorySettings } from '../server/src/settings/settings-store.js';
import {
  demoSettingsOnce,
  rid,
  send,
  startHarness,
  type Harness,
} from '../server/src/test-support/harness.js';
import { launchBrowser, screenshot, signIn } from './support/browser.js';
import { ROOT } from './support/server-process.js';

const jsQR = jsqr.default;
const DAY_MS = 86_400_000;
let offset = 0;
const clock = () => Date.now() + offset;

let h: Harness;
let printer: VirtualPrinter;
let browser: Browser;

beforeAll(async () => {
  printer = await startVirtualPrinter();
  const settings = demoSettingsOnce();
  settings.cases = {
    prefix: 'ALM',
    iinEnabled: false,
    periods: { answerWorkingDays: 15, extensionMaxMonths: 2, notifyWorkingDays: 3, redirectWorkingDays: 3 },
    weekend: [0, 6],
    transfers: [],
    years: {},
    deskPrinters: { 'desk-1': { url: printer.url, paperWidth: 80 } },
  };
  h = await startHarness({ settings: openMemorySettings(settings), clock });
  // The receipt's QR code points at this server, as KEZEK_PUBLIC_URL makes it in an office.
  process.env['KEZEK_PUBLIC_URL'] = h.url;
  browser = await launchBrowser();
});
afterAll(async () => {
  delete process.env['KEZEK_PUBLIC_URL'];
  await browser?.close();
  await h?.close();
  await printer?.close();
});

function qrOf(image: MonoImage): string | null {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = isBlack(image, x, y) ? 0 : 255;
      rgba[i + 3] = 255;
    }
  return jsQR(rgba, image.width, image.height)?.data ?? null;
}

async function atDesk(page: Page): Promise<void> {
  await signIn(page, h.url, 'op1', 'kezek');
  await page.getByTestId('desk-desk-1').click();
  await page.getByTestId('desk-title').waitFor();
}

async function key(page: Page, k: string): Promise<void> {
  await page.keyboard.press(k);
  await page.locator('[data-testid="actions"][data-busy="false"]').waitFor({ timeout: 10_000 });
}

describe('a follow-up case from the desk to the visitor phone', () => {
  it('is registered, printed, overdue for the head, answered, and read in Kazakh', async () => {
    const kiosk = await h.device('kiosk');
    const issued = await send(kiosk, 'ticket:issue', {
      requestId: rid(),
      sectorId: 'legal',
      lang: 'kk',
      priority: null,
    });
    expect(issued.ok).toBe(true);

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await atDesk(desk);
    // Each key waits for the state it makes: a busy flag not yet raised would let the next key in early.
    await key(desk, 'KeyN');
    await desk.locator('[data-testid="current-status"][data-status="called"]').waitFor();
    await key(desk, 'KeyS');
    await desk.locator('[data-testid="current-status"][data-status="serving"]').waitFor();
    const printed = printer.nextJob(15_000);
    await key(desk, 'Digit3'); // finish: in progress
    // The case shows in the panel without taking the desk's keys; its receipt is printing already.
    await desk.getByTestId('case-fresh').click();
    const card = desk.getByTestId('case-detail');
    await card.waitFor();
    await expect.poll(() => desk.getByTestId('case-receipt').getAttribute('data-status')).toBe('printed');
    const number = (await card.getByTestId('case-number').textContent()) ?? '';
    expect(number).toMatch(/^ALM-\d{4}-00001$/);
    await card.getByTestId('case-edit-topic').fill('Жер учаскесінің шекарасы');
    await card.getByTestId('case-save').click();
    await screenshot(desk, 'cases-desk-registered');

    const job = await printed;
    if (!job.image) throw new Error('no picture in the receipt');
    const url = qrOf(job.image);
    expect(url).toMatch(new RegExp(`^${h.url}/c/[A-Za-z0-9]+$`));

    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await phone.goto(url ?? '');
    await expect.poll(() => phone.getByTestId('case-status').getAttribute('data-status')).toBe('open');
    expect(await phone.getByTestId('case-number').textContent()).toContain(number);
    expect(await phone.getByTestId('case-state').textContent()).toBe('Қаралуда');
    await screenshot(phone, 'cases-phone-registered');
    await desk.close();

    // A month passes: the sessions of the day have expired, everyone signs in again.
    offset += 30 * DAY_MS;
    const head = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(head, h.url, 'head', 'kezek-head');
    await head.getByTestId('tab-cases').click();
    await expect
      .poll(() => head.getByTestId('head-overdue-count').textContent(), { timeout: 10_000 })
      .toBe('1');
    expect(await head.getByTestId('head-overdue').textContent()).toContain(number);
    await screenshot(head, 'cases-head-overdue');
    // The head opens the case from the list: the card offers the extension, which only the head decides.
    await head.getByTestId('head-case-open').first().click();
    await head.getByTestId('case-action-extend').waitFor();
    await head.keyboard.press('Escape');
    await head.getByTestId('case-detail').waitFor({ state: 'detached' });
    // The calendar the deadlines follow, for the head to check: Independence Day is a day off.
    await expect.poll(() => head.getByTestId('case-holidays-2027').textContent()).toContain('16.12.2027');
    await head.getByTestId('case-settings-save').click();
    await head.getByText(t('kk', 'case.settings.saved')).waitFor();
    // Saving a year the head did not touch keeps the shipped Kurban Ait (27 May 2026).
    expect(await head.getByTestId('case-holidays-2026').textContent()).toContain('27.05.2026');
    await head
      .getByTestId('case-settings')
      .screenshot({ path: `${ROOT}/test-artifacts/cases-head-settings.png` });

    const again = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await atDesk(again);
    const item = again.getByTestId('case-item').first();
    await expect.poll(() => item.getAttribute('data-due')).toBe('overdue');
    await item.click();
    await again.getByTestId('case-action-answer').click();
    await again.getByTestId('case-text').fill('Шекара 12 қаңтарда қайта өлшенді, актіні кеңседен алыңыз.');
    await again.getByTestId('case-submit').click();
    await expect.poll(() => again.getByTestId('case-detail').getAttribute('data-status')).toBe('answered');
    await screenshot(again, 'cases-desk-answered');

    await phone.reload();
    await expect.poll(() => phone.getByTestId('case-status').getAttribute('data-status')).toBe('answered');
    expect(await phone.getByTestId('case-state').textContent()).toBe('Жауап берілді');
    expect(await phone.getByTestId('case-answer').textContent()).toContain('Шекара 12 қаңтарда');
    expect(await phone.getByTestId('case-steps').textContent()).toContain('Жауап: Мәселе шешілді');
    await screenshot(phone, 'cases-phone-answered');
  }, 120_000);
});
