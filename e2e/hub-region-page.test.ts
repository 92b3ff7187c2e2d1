// The regional page in Chromium: a real office forwarding to a real hub on a real PostgreSQL server.
// A ticket issued and a visitor served at the office's desk show on the regional page within seconds;
// a district viewer sees only their district.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPostgres, type PostgresServer } from '../server/src/test-support/postgres.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { hubCli, startHub, type HubProcess } from './support/hub-process.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let postgres: PostgresServer;
let hub: HubProcess;
let office: ServerProcess;
let browser: Browser;
let regionKey: string;
let karagandaKey: string;

beforeAll(async () => {
  postgres = await startPostgres();
  const database = await postgres.createDatabase('hub');
  hub = await startHub({ database });
  const officeKey = await hubCli({ database }, 'add-office', {
    id: 'almaly',
    name: 'Алмалы',
    district: 'almaty',
  });
  await hubCli({ database }, 'add-office', { id: 'nura', name: 'Нұра', district: 'karaganda' });
  regionKey = await hubCli({ database }, 'add-viewer', { id: 'akim', name: 'Облыс әкімі' });
  karagandaKey = await hubCli({ database }, 'add-viewer', {
    id: 'nura-akim',
    name: 'Нұра',
    district: 'karaganda',
  });
  office = await startServer(tempDataDir(), undefined, {
    env: { KEZEK_HUB_URL: hub.url, KEZEK_HUB_KEY: officeKey },
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await office?.stop();
  await hub?.stop();
  postgres?.destroy();
});

async function signedIn(key: string, lang: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 600 } });
  await page.goto(`${hub.url}/?lang=${lang}`);
  await page.locator('#key').fill(key);
  await page.locator('#login button').click();
  return page;
}

const figure = (page: Page, office: string, k: string) =>
  page.locator(`tr[data-office="${office}"] td[data-k="${k}"]`);

it('a ticket issued and a visitor served at the office show on the regional page within seconds', async () => {
  const page = await signedIn(regionKey, 'kk');
  await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3); // two offices, total
  const driver = new OfficeDriver(office.url);
  for (let i = 0; i < 3; i++) await driver.issue('legal', 'kk');
  await expect.poll(() => figure(page, 'almaly', 'waiting').textContent(), { timeout: 10_000 }).toBe('3');

  await driver.open('op1', 'desk-1');
  await driver.callNext('op1', 'desk-1');
  await driver.finish('op1', 'desk-1');
  driver.close();
  await expect.poll(() => figure(page, 'almaly', 'served').textContent(), { timeout: 10_000 }).toBe('1');
  expect(await figure(page, 'almaly', 'solved').textContent()).toBe('1');
  expect(await figure(page, 'almaly', 'waiting').textContent()).toBe('2');
  expect(await figure(page, 'almaly', 'desks').textContent()).toBe('1');
  expect(await figure(page, 'total', 'served').textContent()).toBe('1');
  expect(await figure(page, 'almaly', 'link').textContent()).toBe('жаңа ғана');
  expect(await figure(page, 'nura', 'link').textContent()).toBe('дерек жоқ');
  expect(await figure(page, 'almaly', 'casesOpen').textContent()).toBe('0');
  expect(await page.locator('th[data-t="casesOverdue"]').textContent()).toBe('Мерзімі өткен');
  expect(await page.locator('th[data-t="served"]').textContent()).toBe('Бүгін қызмет көрсетілді');
  await screenshot(page, 'hub-region-kk');

  await page.getByRole('button', { name: 'Русский' }).click();
  expect(await page.locator('th[data-t="served"]').textContent()).toBe('Обслужено сегодня');
  expect(await figure(page, 'almaly', 'link').textContent()).toBe('только что');
  await screenshot(page, 'hub-region-ru');
  await page.getByRole('button', { name: 'English' }).click();
  expect(await page.locator('th[data-t="served"]').textContent()).toBe('Served today');
  await screenshot(page, 'hub-region-en');
  await page.close();
});

it('a district viewer sees only their district, and a wrong key is told so', async () => {
  const page = await signedIn(karagandaKey, 'ru');
  await expect.poll(() => page.locator('tr[data-office="nura"]').count(), { timeout: 10_000 }).toBe(1);
  expect(await page.locator('tr[data-office="almaly"]').count()).toBe(0);
  expect(await page.locator('#scope').textContent()).toBe('Район: karaganda');
  expect(await page.locator('tr.total td').first().textContent()).toBe('Всего по району');
  await screenshot(page, 'hub-region-district');
  await page.close();

  const wrong = await signedIn(`akim.${'x'.repeat(43)}`, 'en');
  await expect
    .poll(() => wrong.locator('#error').textContent(), { timeout: 10_000 })
    .toBe('The key is not valid');
  expect(await wrong.locator('tbody tr').count()).toBe(0);
  await wrong.close();
});
