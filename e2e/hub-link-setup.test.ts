// The head sets the office's hub link in the set-up in Chromium, on a real office and a real hub (child
// processes, the hub on a real PostgreSQL server): the link starts with no restart, the status panel says
// when the hub last got something and what waits, in kk / ru / en; a hub that goes away shows as an error;
// the key never appears on the page again; clearing stops forwarding.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '@kezek/shared';
import { startPostgres, type PostgresServer } from '../server/src/test-support/postgres.js';
import { headPage, launchBrowser, screenshot } from './support/browser.js';
import { addOfficeCli, startHub, type HubProcess } from './support/hub-process.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let postgres: PostgresServer;
let database: string;
let hub: HubProcess;
let key: string;
let office: ServerProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  postgres = await startPostgres();
  database = await postgres.createDatabase('hub');
  hub = await startHub({ database });
  key = await addOfficeCli({ database }, { id: 'almaly', name: 'Алмалы', district: 'almaty' });
  office = await startServer(tempDataDir('kezek-hub-setup-'));
  browser = await launchBrowser();
  page = await headPage(browser, office.url, 1400);
  await page.getByTestId('tab-setup').click();
  await page.getByTestId('hub-link').waitFor();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await office?.stop();
  await hub?.stop();
  postgres?.destroy();
});

const panel = () => page.getByTestId('hub-link');
const text = async (id: string) => ((await page.getByTestId(id).textContent()) ?? '').trim();

describe('the hub link in the head set-up, in Chromium', () => {
  it('is off until the head sets it; then it forwards at once and says when it last delivered', async () => {
    expect(await text('hub-off')).toBe(t('kk', 'head.hub.off'));
    const driver = new OfficeDriver(office.url);
    await driver.issue('legal', 'kk');
    await page.getByTestId('hub-url').fill(hub.url);
    await page.getByTestId('hub-key').fill(key);
    await page.getByTestId('hub-save').click();
    await expect.poll(() => text('hub-state'), { timeout: 15_000 }).toBe(t('kk', 'head.hub.delivering'));
    await expect
      .poll(() => text('hub-last-delivered'), { timeout: 15_000 })
      .toBe(t('kk', 'head.hub.justNow'));
    await expect.poll(() => text('hub-pending'), { timeout: 15_000 }).toBe('0');
    // The key field empties, and the key is nowhere on the page: only the office id it names.
    expect(await page.getByTestId('hub-key').inputValue()).toBe('');
    expect(await page.content()).not.toContain(key.slice(7));
    expect(await text('hub-key-saved')).toBe(t('kk', 'head.hub.keySet', { office: 'almaly' }));
    await panel().scrollIntoViewIfNeeded();
    await screenshot(page, 'hub-setup-1-delivering-kk');
    driver.close();
  });

  it('shows a hub that went away as the last error, and the entries waiting', async () => {
    await hub.stop();
    const driver = new OfficeDriver(office.url);
    for (let i = 0; i < 3; i++) await driver.issue('legal', 'ru');
    driver.close();
    await page.getByTestId('lang-ru').click();
    await expect
      .poll(() => text('hub-error'), { timeout: 20_000 })
      .toContain(t('ru', 'head.hub.error.unreachable'));
    expect(Number(await text('hub-pending'))).toBeGreaterThanOrEqual(3);
    expect(await text('hub-state')).toBe(t('ru', 'head.hub.retrying'));
    await panel().scrollIntoViewIfNeeded();
    await screenshot(page, 'hub-setup-2-unreachable-ru');
    hub = await startHub({ database, port: hub.port });
    await expect.poll(() => text('hub-pending'), { timeout: 60_000 }).toBe('0');
    await expect.poll(() => text('hub-state'), { timeout: 15_000 }).toBe(t('ru', 'head.hub.delivering'));
  });

  it('stops forwarding when the head clears it', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByTestId('hub-clear').click();
    await expect.poll(() => text('hub-off'), { timeout: 10_000 }).toBe(t('en', 'head.hub.off'));
    await panel().scrollIntoViewIfNeeded();
    await screenshot(page, 'hub-setup-3-cleared-en');
    const health = (await (await fetch(`${office.url}/api/health`)).json()) as { hubLink: unknown };
    expect(health.hubLink).toBeNull();
  });

  it('says so when the start command sets the link, which wins over the set-up', async () => {
    const started = await startServer(tempDataDir('kezek-hub-setup-flags-'), undefined, {
      env: { KEZEK_HUB_URL: hub.url, KEZEK_HUB_KEY: key },
    });
    const other = await headPage(browser, started.url, 1400);
    try {
      await other.getByTestId('tab-setup').click();
      const note = other.getByTestId('hub-from-start');
      await note.waitFor();
      expect((await note.textContent())?.trim()).toBe(t('kk', 'head.hub.fromStart', { url: `${hub.url}/` }));
      await expect
        .poll(async () => (await other.getByTestId('hub-state').textContent())?.trim(), { timeout: 15_000 })
        .toBe(t('kk', 'head.hub.delivering'));
      await other.getByTestId('hub-link').scrollIntoViewIfNeeded();
      await screenshot(other, 'hub-setup-4-from-start-kk');
    } finally {
      await other.close();
      await started.stop();
    }
  });
});
