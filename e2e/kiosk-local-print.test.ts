// A kiosk whose printer is attached to the kiosk itself (`local:`): in the Electron shell the page fetches
// the server-rendered ESC/POS bytes and gives them to the shell's bridge. The shell cannot run here, so
// its bridge is the one stand-in: an object with the KioskBridge shape that keeps what it is given.
import jsqr from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACK_TIMEOUT_MS, type CaseReceipt, type CaseView, type Result } from '@kezek/shared';
import { isBlack, type MonoImage } from '../server/src/printing/mono-image.js';
import { decodeEscPos } from '../server/src/printing/raster-decode.js';
import { startVirtualPrinter } from '../server/src/printing/virtual-printer.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { headSession } from './support/head-session.js';
import { restartWithKioskPrinter } from './support/kiosk-printer.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
/** The paired kiosk's storage (its device token), so the second test is the same kiosk without the shell. */
let kioskStorage: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;
const KIOSK = { viewport: { width: 1080, height: 1920 }, hasTouch: true };

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Installs a KioskBridge like the shell's preload does, recording every job as an array of bytes. */
async function withShellBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const jobs: number[][] = [];
    Object.assign(window, {
      __jobs: jobs,
      kezek: {
        role: 'kiosk',
        hasLocalPrinter: async () => true,
        print: async (bytes: Uint8Array) => {
          jobs.push([...bytes]);
          return { ok: true };
        },
      },
    });
  });
}

const jsQR = jsqr.default;

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

async function ask<T>(socket: Socket, event: string, payload: object): Promise<T> {
  const r = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload)) as Result<T>;
  if (!r.ok) throw new Error(`${event}: ${r.error}`);
  return r.data;
}

/** Desk 1's receipts go to the paired kiosk's printer; a specialist there accepts an appeal. */
async function deskWithKioskPrinter(): Promise<{ op: Socket; appeal: CaseView; close: () => void }> {
  const head = await headSession(server.url);
  const kiosk = (await head.setup()).devices.find((d) => d.kind === 'kiosk');
  if (!kiosk) throw new Error('no paired kiosk');
  await ask(head.socket, 'case:save-desk-printers', { deskPrinters: { 'desk-1': { kioskId: kiosk.id } } });
  const op = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await ask(op, 'auth:login', { username: 'op1', password: 'kezek' });
  const appeal = await ask<CaseView>(op, 'case:open', {
    requestId: `appeal-${Date.now()}-abcdef`,
    sectorId: 'legal',
    serviceId: null,
    topic: 'Жазбаша өтініш',
    lang: 'kk',
    contact: { name: 'Дана' },
  });
  return { op, appeal, close: () => (op.disconnect(), head.socket.disconnect()) };
}

async function takeTicket(page: Page): Promise<void> {
  await page.getByTestId('sector-legal').tap();
  await page.getByTestId('priority-none').tap();
  await page.getByTestId('ticket-number').waitFor();
}

describe('a kiosk with its own printer', () => {
  it('prints through the shell bridge the bytes the server rendered, once per ticket', async () => {
    const context = await browser.newContext(KIOSK);
    const kiosk = await context.newPage();
    await withShellBridge(kiosk);
    await kiosk.goto(`${server.url}/kiosk/`);
    await kiosk.getByTestId('sector-legal').waitFor(); // paired
    server = await restartWithKioskPrinter(server, 'local:', 80);
    await kiosk.getByTestId('sector-legal').waitFor({ timeout: 20_000 });
    await takeTicket(kiosk);
    await kiosk.locator('[data-testid="ticket"][data-print="printed"]').waitFor();
    const jobs = await kiosk.evaluate(() => (window as unknown as { __jobs: number[][] }).__jobs);
    expect(jobs).toHaveLength(1);
    const bytes = Buffer.from(jobs[0] ?? []);
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]); // ESC @: initialise
    expect(bytes.includes(Buffer.from([0x1d, 0x76, 0x30]))).toBe(true); // GS v 0: the raster ticket
    expect(bytes.length).toBeGreaterThan(20_000); // an 80 mm picture, not text
    await screenshot(kiosk, 'kiosk-local-print');
    kioskStorage = await context.storageState();
    await context.close();
  });

  it('prints a desk’s case receipt through the kiosk’s shell when the desk’s printer is that kiosk', async () => {
    const context = await browser.newContext({ ...KIOSK, storageState: kioskStorage });
    const kiosk = await context.newPage();
    await withShellBridge(kiosk);
    await kiosk.goto(`${server.url}/kiosk/`);
    await kiosk.getByTestId('sector-legal').waitFor();
    const { op, appeal, close } = await deskWithKioskPrinter();
    try {
      const receipt = await ask<CaseReceipt>(op, 'case:print-receipt', {
        caseId: appeal.id,
        deskId: 'desk-1',
      });
      expect(receipt.status).toBe('printed');
      const jobs = await kiosk.evaluate(() => (window as unknown as { __jobs: number[][] }).__jobs);
      expect(jobs).toHaveLength(1);
      const paper = decodeEscPos(Uint8Array.from(jobs[0] ?? []));
      expect(paper.image?.width).toBe(576); // the kiosk's 80 mm paper
      expect(paper.cut).toBe(true);
      // The paper is the case's receipt: its QR code opens the visitor's status page.
      expect(paper.image && qrOf(paper.image)).toMatch(new RegExp(`/c/${appeal.code}$`));

      // The same kiosk without its shell has nothing to print on: the desk hears so and shows it on screen.
      await context.close();
      const plain = await browser.newContext({ ...KIOSK, storageState: kioskStorage });
      const page = await plain.newPage();
      await page.goto(`${server.url}/kiosk/`);
      await page.getByTestId('sector-legal').waitFor();
      const again = await ask<CaseReceipt>(op, 'case:print-receipt', { caseId: appeal.id, deskId: 'desk-1' });
      expect(again.status).toBe('no_printer');
      await plain.close();
      // With the kiosk gone the receipt has nowhere to go.
      const gone = await ask<CaseReceipt>(op, 'case:print-receipt', { caseId: appeal.id, deskId: 'desk-1' });
      expect(gone.status).toBe('offline');
    } finally {
      close();
    }
  });

  it('says plainly there is no printer when the same kiosk runs in a plain browser', async () => {
    const context = await browser.newContext({ ...KIOSK, storageState: kioskStorage });
    const kiosk = await context.newPage();
    await kiosk.goto(`${server.url}/kiosk/`);
    await takeTicket(kiosk);
    await kiosk.locator('[data-testid="ticket"][data-print="no_printer"]').waitFor();
    await kiosk.getByTestId('no-printer').waitFor();
    expect(await kiosk.evaluate(() => 'kezek' in window)).toBe(false);
    await context.close();
  });

  it('prints on the server printer, with or without the shell, once the office gives the kiosk one', async () => {
    const printer = await startVirtualPrinter();
    try {
      server = await restartWithKioskPrinter(server, printer.url, 80);
      for (const shell of [true, false]) {
        const context = await browser.newContext({ ...KIOSK, storageState: kioskStorage });
        const kiosk = await context.newPage();
        if (shell) await withShellBridge(kiosk);
        await kiosk.goto(`${server.url}/kiosk/`);
        const job = printer.nextJob(20_000);
        await takeTicket(kiosk);
        expect((await job).image?.width, `shell: ${shell}`).toBe(576);
        await kiosk.locator('[data-testid="ticket"][data-print="printed"]').waitFor();
        // The shell's local printer is only for `local:` kiosks: the server printed, the bridge did not.
        const local = await kiosk.evaluate(
          () => (window as unknown as { __jobs?: number[][] }).__jobs?.length,
        );
        expect(local, `shell: ${shell}`).toBe(shell ? 0 : undefined);
        await context.close();
      }
    } finally {
      await printer.close();
    }
  });
});
