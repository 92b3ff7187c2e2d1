// A visitor's journey at the kiosk in real Chromium, in each language, through to the bytes that reach a
// (virtual) thermal printer; then the phone's status page follows the ticket to its call and takes a rating.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '@kezek/shared';
import { monoToPng } from '../server/src/printing/png.js';
import { startVirtualPrinter, type VirtualPrinter } from '../server/src/printing/virtual-printer.js';
import { ARTIFACTS, launchBrowser, screenshot } from './support/browser.js';
import { restartWithKioskPrinter } from './support/kiosk-printer.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let printer: VirtualPrinter;
let kiosk: Page;

beforeAll(async () => {
  printer = await startVirtualPrinter();
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
  kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  await kiosk.goto(`${server.url}/kiosk/`);
  await kiosk.getByTestId('sector-legal').waitFor(); // paired (the demo pairs local devices at once)
  server = await restartWithKioskPrinter(server, printer.url, 80);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await printer?.close();
});

const journeys: { lang: Lang; sector: string; text: string }[] = [
  { lang: 'kk', sector: 'Заңгерлік кеңес', text: 'Сіздің нөміріңіз' },
  { lang: 'ru', sector: 'Юридическая консультация', text: 'Ваш номер' },
  { lang: 'en', sector: 'Legal consultation', text: 'Your number' },
];

describe('the kiosk in Chromium with a thermal printer', () => {
  it.each(journeys)('issues and prints a ticket in $lang', async ({ lang, sector, text }) => {
    await kiosk.getByTestId(`lang-${lang}`).tap();
    await kiosk.getByTestId('sector-legal').tap();
    const job = printer.nextJob(20_000);
    await kiosk.getByTestId('priority-none').tap();
    await kiosk.getByTestId('ticket-number').waitFor();
    expect(await kiosk.getByTestId('ticket-sector').textContent()).toBe(sector);
    expect(await kiosk.locator('html').getAttribute('lang')).toBe(lang);
    expect(await kiosk.getByTestId('ticket').textContent()).toContain(text);
    const printed = await job;
    await kiosk.locator('[data-testid="ticket"][data-print="printed"]').waitFor();
    expect(printed.image?.width).toBe(576);
    mkdirSync(ARTIFACTS, { recursive: true });
    if (printed.image) writeFileSync(join(ARTIFACTS, `kiosk-print-${lang}.png`), monoToPng(printed.image));
    await screenshot(kiosk, `kiosk-ticket-${lang}`);
    await kiosk.getByTestId('ticket-done').tap();
    await kiosk.getByTestId('sector-legal').waitFor();
  });

  it('shows the ticket with its QR code and a plain message when the paper is out', async () => {
    printer.mode = 'paper_out';
    await kiosk.getByTestId('lang-ru').tap();
    await kiosk.getByTestId('sector-legal').tap();
    await kiosk.getByTestId('priority-none').tap();
    await kiosk.getByTestId('print-problem').waitFor();
    expect(
      await kiosk.getByTestId('ticket-qr').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    await screenshot(kiosk, 'kiosk-paper-out-ru');
    printer.mode = 'ready';
    await kiosk.getByTestId('ticket-done').tap();
  });

  it('lays out in landscape with large text, and the status page follows the call and takes one rating', async () => {
    await kiosk.setViewportSize({ width: 1920, height: 1080 });
    await kiosk.getByTestId('large-text').tap();
    await screenshot(kiosk, 'kiosk-landscape-large-text');
    await kiosk.getByTestId('large-text').tap();
    await kiosk.getByTestId('lang-en').tap();
    await kiosk.getByTestId('sector-akim').tap();
    await kiosk.getByTestId('priority-none').tap();
    const src = (await kiosk.getByTestId('ticket-qr').getAttribute('src')) ?? '';
    const code = /\/api\/tickets\/([^/]+)\/qr\.svg/.exec(src)?.[1] ?? '';
    const number = (await kiosk.getByTestId('ticket-number').textContent()) ?? '';

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await phone.goto(`${server.url}/t/${code}`);
    await phone.locator('[data-status="waiting"]').waitFor();
    expect(await phone.getByTestId('status-number').textContent()).toBe(number);
    expect(await phone.locator('[data-testid^="sector-"]').count()).toBe(0); // the kiosk app is not on the phone
    await screenshot(phone, 'status-page-waiting-en');

    const op = await staff(server.url, 'op8');
    await ack(op, 'desk:open', { requestId: 'e2e-open-8', deskId: 'desk-8' });
    await ack(op, 'desk:call-next', { requestId: 'e2e-call-8', deskId: 'desk-8' });
    await phone.getByTestId('status-called').waitFor({ timeout: 10_000 });
    expect(await phone.getByTestId('status-called').textContent()).toContain('desk 8');
    await screenshot(phone, 'status-page-called-en');

    await ack(op, 'desk:start', { requestId: 'e2e-start-8', deskId: 'desk-8' });
    await ack(op, 'desk:finish', { requestId: 'e2e-finish-8', deskId: 'desk-8', outcome: 'solved' });
    await phone.getByTestId('star-4').tap({ timeout: 10_000 });
    await phone.getByTestId('rating-send').tap();
    await phone.getByTestId('status-thanks').waitFor();
    await screenshot(phone, 'status-page-rated-en');
    const again = await fetch(`${server.url}/api/tickets/${code}/rating`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stars: 1 }),
    });
    expect(await again.json()).toEqual({ error: 'already_rated' });
    op.disconnect();
  });
});

async function staff(url: string, username: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true });
  await ack(socket, 'auth:login', { username, password: 'kezek' });
  return socket;
}

async function ack(socket: Socket, event: string, payload: unknown): Promise<unknown> {
  const result = (await socket.timeout(5000).emitWithAck(event, payload)) as {
    ok: boolean;
    error?: string;
    data?: unknown;
  };
  if (!result.ok) throw new Error(`${event}: ${result.error}`);
  return result.data;
}
