// A display scoped to one sector, with a picture in its media zone: it shows only its sector's calls and
// queue, loops the office's media from the data folder, and a new call covers the media while it flashes.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficeDriver } from './support/office-driver.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;
const dataDir = tempDataDir('kezek-display-scope-');
const POSTER = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#1d4e89"/><text x="800" y="470" font-size="120" fill="#fff" text-anchor="middle" font-family="sans-serif">eGov.kz</text></svg>`;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(dataDir), launchBrowser()]);
  office = new OfficeDriver(server.url);
});
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

describe('a scoped display with media', () => {
  it('shows only its sector, loops the media, and lets a new call cover it', async () => {
    const display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await display.goto(`${server.url}/display/`);
    await display.getByTestId('no-calls').waitFor();

    // The head scopes this display to self-service and adds a poster (edited on disk while stopped).
    await server.stop();
    const file = join(dataDir, 'settings.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as {
      devices: { kind: string; scope: unknown }[];
      content: { media: string[] };
    };
    for (const d of settings.devices)
      if (d.kind === 'display') d.scope = { sectorIds: ['self-service'], deskIds: [] };
    settings.content.media = ['poster.svg'];
    writeFileSync(file, JSON.stringify(settings));
    mkdirSync(join(dataDir, 'media'), { recursive: true });
    writeFileSync(join(dataDir, 'media', 'poster.svg'), POSTER);
    server = await startServer(dataDir, server.port);

    await display.locator('[data-testid="media-zone"] img').waitFor({ timeout: 15_000 });
    expect(await display.locator('[data-testid^="sector-"]').count()).toBe(1);
    await display.getByTestId('sector-self-service').waitFor();

    await office.open('op1', 'desk-1');
    await office.open('op2', 'desk-2');
    const legal = await office.issue('legal', 'kk');
    const mine = await office.issue('self-service', 'kk');
    await office.callNext('op1', 'desk-1');
    await office.callNext('op2', 'desk-2');
    await display.locator(`[data-testid="call"][data-number="${mine}"]`).waitFor({ timeout: 1000 });
    expect(await display.getByTestId('spotlight').getAttribute('data-number')).toBe(mine);
    expect(await display.locator(`[data-testid="call"][data-number="${legal}"]`).count()).toBe(0);
    await screenshot(display, 'display-6-scoped-call-over-media');
  }, 120_000);
});
