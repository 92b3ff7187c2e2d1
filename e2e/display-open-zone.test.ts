// The hall display's transparency zone in Chromium on a 1920x1080 TV: the office's own figures for the
// people waiting, the same as the public page's, turning between today and this month; the head can
// turn it off and the display follows without a reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeContent, OpenView } from '@kezek/shared';
import { call, connect, login } from './faults/support.js';
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
  for (const sector of ['legal', 'legal', 'civil-registry']) await office.issue(sector, 'kk');
  await office.open('op1', 'desk-1');
  await office.callNext('op1', 'desk-1');
  await office.finish('op1', 'desk-1');
});
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

describe('the transparency zone on the hall display', () => {
  it('shows the figures of /open in Kazakh and Russian, and goes when the head turns it off', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}/display/`);
    const zone = page.getByTestId('open-zone');
    await zone.waitFor();
    const open = (await (await fetch(`${server.url}/api/open`)).json()) as OpenView;
    expect(await page.getByTestId('zone-received').textContent()).toBe(String(open.today.total.received));
    expect(await zone.textContent()).toContain('Біздің жұмысымыз ашық');
    expect(await zone.textContent()).toContain('Наша работа открыта');
    // Whole on the screen: not under the ticker, not past the bottom edge.
    const box = await zone.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(1080);
    await screenshot(page, 'display-open-zone-1920');

    const head = await connect(server.url, await login(server.url, 'head', 'kezek-head'));
    const snapshot = (await call(head, 'office:snapshot', {})) as { data: { content: OfficeContent } };
    const content = { ...snapshot.data.content, openness: { hallZone: false, showNames: false } };
    const saved = await call(head, 'admin:save-content', { content });
    expect(saved.ok).toBe(true);
    await zone.waitFor({ state: 'detached' });
    head.disconnect();
    await page.close();
  });
});
