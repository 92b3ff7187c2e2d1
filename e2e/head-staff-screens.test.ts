// The head's screens at 1440×900 in a browser set to US English in New York: alerts name the kiosk as the
// devices tab does and give the office's time, hours and dates read 24-hour and day.month.year, a new
// sector is added in setup, and the audit log shows each change's old and new value.
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACK_TIMEOUT_MS,
  businessDay,
  formatClock,
  type Acks,
  type Alert,
  type InboundEvent,
  type PayloadIn,
  type Result,
} from '@kezek/shared';
import { launchBrowser, screenshot, signIn } from './support/browser.js';
import { headSession, type HeadSession } from './support/head-session.js';
import { freePort, startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let head: HeadSession;
let page: Page;
const sockets: Socket[] = [];

async function send<E extends InboundEvent>(s: Socket, event: E, payload: PayloadIn<E>): Promise<Acks[E]> {
  const result = (await s.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload)) as Result<Acks[E]>;
  if (!result.ok) throw new Error(`${event}: ${result.error}`);
  return result.data;
}

/** A kiosk named as the devices tab shows it, with a printer nobody listens at: its ticket raises an alert. */
async function kioskWithDeadPrinter(): Promise<string> {
  const kiosk = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(kiosk);
  await new Promise<void>((resolve) => kiosk.once('connect', () => resolve()));
  const paired = new Promise<void>((resolve) => kiosk.once('session:started', () => resolve()));
  await send(kiosk, 'device:request-pairing', { kind: 'kiosk', name: 'Kiosk 39EA' });
  await paired;
  const device = (await head.setup()).devices.find((d) => d.name === 'Kiosk 39EA');
  if (!device) throw new Error('the kiosk did not pair');
  const url = `tcp://127.0.0.1:${await freePort()}`;
  await send(head.socket, 'admin:device-update', { deviceId: device.id, printer: { url, paperWidth: 80 } });
  await send(kiosk, 'ticket:issue', {
    requestId: 'issue-1-abcdefgh',
    sectorId: 'legal',
    serviceId: null,
    lang: 'kk',
  });
  return device.id;
}

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
  head = await headSession(server.url);
  // A browser set up the American way, far from the office.
  page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  await signIn(page, server.url, 'head', 'kezek-head');
  await page.getByTestId('lang-en').click();
}, 60_000);
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  head?.socket.disconnect();
  await browser?.close();
  await server?.stop();
});

describe('the head’s screens in a browser set to another zone and locale', () => {
  it('name the kiosk of an alert as the devices tab does, at the office’s time', async () => {
    const deviceId = await kioskWithDeadPrinter();
    let alert: Alert | undefined;
    await expect
      .poll(async () => {
        alert = (await send(head.socket, 'admin:alerts', {})).find((a) => a.kind === 'printer_problem');
        return alert?.subjectId;
      })
      .toBe(deviceId);
    const shown = page.locator('[data-testid="alert"][data-kind="printer_problem"]');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    const text = (await shown.first().textContent()) ?? '';
    expect(text).toContain('Kiosk 39EA: printer problem');
    expect(text).not.toContain(deviceId);
    expect(await shown.first().getByTestId('alert-time').textContent()).toBe(
      formatClock(alert?.at ?? 0, 'Asia/Almaty'),
    );
    await screenshot(page, 'head-staff-1-alert');
  });

  it('show round-the-clock hours as 00:00–24:00 and report days as day.month.year', async () => {
    await page.getByTestId('tab-setup').click();
    await page.getByTestId('setup-tab-office').click();
    const monday = page.getByTestId('office-hours-day-1');
    expect(await monday.getByTestId('open').inputValue()).toBe('00:00');
    expect(await monday.getByTestId('close').inputValue()).toBe('24:00');
    expect(await monday.getByTestId('close').getAttribute('type')).toBe('text');
    await screenshot(page, 'head-staff-2-hours');

    await page.getByTestId('tab-reports').click();
    const today = businessDay(Date.now(), 'Asia/Almaty').split('-').reverse().join('.');
    await expect.poll(() => page.getByTestId('report-from').inputValue()).toBe(today);
    expect(await page.getByTestId('report-from').getAttribute('type')).toBe('text');
    await screenshot(page, 'head-staff-3-report-dates');
  });

  it('add a sector with its names in three languages and a letter no other sector has', async () => {
    await page.getByTestId('tab-setup').click();
    await page.getByTestId('setup-tab-sectors').click();
    await page.getByTestId('add-sector').click();
    const form = page.getByTestId('new-sector');
    const letters = await form.getByTestId('new-sector-letter').locator('option').allTextContents();
    expect(letters[0]).toBe('H'); // A–G are the demo office's
    expect(letters).not.toContain('C');
    await form.getByTestId('new-sector-name-kk').fill('Төлқұжат');
    await form.getByTestId('new-sector-add').click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('all three languages');
    await form.getByTestId('new-sector-letter').selectOption('P');
    await form.getByTestId('new-sector-name-ru').fill('Паспорта');
    await form.getByTestId('new-sector-name-en').fill('Passports');
    await form.getByTestId('new-sector-target').fill('20');
    await screenshot(page, 'head-staff-4-new-sector');
    await form.getByTestId('new-sector-add').click();
    await page.getByTestId('setup-sector-passports').waitFor();
    await page.getByTestId('save-sectors').click();
    await page.getByTestId('saved').waitFor();
    const saved = (await head.setup()).config.sectors.find((s) => s.id === 'passports');
    expect(saved).toMatchObject({
      letter: 'P',
      names: { kk: 'Төлқұжат', ru: 'Паспорта', en: 'Passports' },
      targetWaitMin: 20,
      enabled: true,
    });
    await screenshot(page, 'head-staff-5-sector-added');
  });

  it('show in the audit log each change with its old and its new value', async () => {
    const row = page.getByTestId('setup-sector-civil-registry');
    await row.getByTestId('name-ru').fill('ЗАГС');
    await page.getByTestId('save-sectors').click();
    await page.getByTestId('saved').waitFor();
    await page.getByTestId('tab-audit').click();
    const latest = page.getByTestId('audit-entry').first();
    await expect
      .poll(() => latest.getByTestId('audit-change').allTextContents())
      .toContain('sectors[civil-registry].names.ru: "Регистрация актов гражданского состояния" → "ЗАГС"');
    const added = page.getByTestId('audit-entry').nth(1);
    expect(await added.getByTestId('audit-change').allTextContents()).toContain(
      'sectors[passports] added: P · Паспорта',
    );
    // The entry's time in the office's zone, day.month.year and 24-hour.
    expect(await latest.locator('td').first().textContent()).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    await screenshot(page, 'head-staff-6-audit');
  });
});
