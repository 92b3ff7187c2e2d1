// The regional page's periods view in Chromium, on a built hub over a real PostgreSQL server: the
// report of the last seven days with an office alerted for its fall against the seven before, the
// grouping by district, a district viewer cut to their district, the CSV button, and the print layout
// on A4 landscape. Screenshots at a desk PC's size and a phone's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateDay } from '../server/src/bench/generate-day.js';
import { DEMO_OFFICE } from '../server/src/settings/demo-office.js';
import { startPostgres, type PostgresServer } from '../server/src/test-support/postgres.js';
import { ARTIFACTS, launchBrowser, screenshot } from './support/browser.js';
import { hubCli, startHub, type HubProcess } from './support/hub-process.js';

let postgres: PostgresServer;
let hub: HubProcess;
let browser: Browser;
let regionKey: string;
let nuraKey: string;

/** A day counted back from today, in the browser's calendar (the page's quick periods use it). */
const ago = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function sendDay(key: string, day: string, visitors: number) {
  const g = generateDay(DEMO_OFFICE, day, Date.parse(`${day}T09:00:00+05:00`), visitors, true);
  for (let i = 0; i < g.entries.length; i += 400) {
    const entries = g.entries.slice(i, i + 400).map((entry) => ({ day, seq: entry.seq, entry }));
    const res = await fetch(`${hub.url}/api/hub/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ entries }),
    });
    expect(res.status).toBe(200);
  }
}

beforeAll(async () => {
  postgres = await startPostgres();
  const database = await postgres.createDatabase('hub');
  hub = await startHub({ database });
  const office = (id: string, name: string, district: string) =>
    hubCli({ database }, 'add-office', { id, name, district });
  const almaly = await office('almaly', 'Алмалы', 'almaty');
  const medeu = await office('medeu', 'Медеу', 'almaty');
  const nura = await office('nura', 'Нұра', 'karaganda');
  regionKey = await hubCli({ database }, 'add-viewer', { id: 'akim', name: 'Облыс әкімі' });
  nuraKey = await hubCli({ database }, 'add-viewer', {
    id: 'nura-akim',
    name: 'Нұра',
    district: 'karaganda',
  });
  // Алмалы falls from 60 visitors to 10 against the seven days before; Медеу holds at 30.
  await sendDay(almaly, ago(10), 60);
  await sendDay(almaly, ago(2), 10);
  await sendDay(medeu, ago(10), 30);
  await sendDay(medeu, ago(2), 30);
  await sendDay(nura, ago(3), 20);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  postgres?.destroy();
});

async function periods(key: string, lang: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${hub.url}/?lang=${lang}`);
  await page.locator('#key').fill(key);
  await page.locator('#login button').click();
  await page.locator('#tabs button[data-tab="periods"]').click();
  await expect.poll(() => page.locator('#report tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(1);
  return page;
}

const cells = (page: Page, key: string) => page.locator(`#report tr[data-key="${key}"] td`).allTextContents();

it('shows the last seven days by office with the fallen office alerted, and by district', async () => {
  const page = await periods(regionKey, 'ru');
  expect(await page.locator('#report tbody tr').count()).toBe(4); // three offices and the total
  const header = await page.locator('#report th').allTextContents();
  const visits = header.indexOf('Посетители');
  expect(visits).toBeGreaterThan(0);
  expect((await cells(page, 'almaly'))[visits]).toBe('10');
  expect((await cells(page, 'total'))[visits]).toBe('60');
  expect(await page.locator('#report tr.alert').getAttribute('data-key')).toBe('almaly');
  expect(await page.locator('#alerts li').allTextContents()).toContain('Алмалы: посетители 60 → 10 (-83,3%)');
  expect(await page.locator('#alert-rule').textContent()).toBe(
    'Предупреждение: спад на 30% и более к предыдущим 7 дн.',
  );
  await screenshot(page, 'hub-periods-desk-ru');

  await page.locator('#by').selectOption('district');
  await expect
    .poll(() => page.locator('#report tr[data-key="karaganda"]').count(), { timeout: 5_000 })
    .toBe(1);
  expect(await page.locator('#report tbody tr').count()).toBe(3);
  expect((await cells(page, 'almaty'))[1]).toBe('almaty');

  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.locator('#report th').nth(1).textContent(), { timeout: 5_000 }).toBe('Name');
  expect(await page.locator('#tabs button[data-tab="periods"]').textContent()).toBe('Periods');
  await page.close();
});

it('fits a phone: the page does not scroll sideways, the table scrolls in its own box', async () => {
  const page = await periods(regionKey, 'kk', { width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await page.locator('#report th').nth(3).textContent()).toBe('Келушілер');
  await screenshot(page, 'hub-periods-phone-kk');
  await page.close();
});

it("cuts a district viewer's periods to their district", async () => {
  const page = await periods(nuraKey, 'ru');
  const keys = await page
    .locator('#report tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
  expect(keys).toEqual(['nura', 'total']);
  expect(await page.locator('#alerts li').allTextContents()).toEqual(['Резких спадов нет']);
  await page.close();
});

it('downloads the CSV with semicolons for ru, and prints the report alone on A4 landscape', async () => {
  const page = await periods(regionKey, 'ru');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-format="csv"]').click(),
  ]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(';"Алмалы";"almaty";10;');

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['nav', '#tabs', '#period-form', '#export', '#live']) {
    expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
  }
  expect(await page.locator('#report').isVisible()).toBe(true);
  await screenshot(page, 'hub-periods-print');
  const pdf = await page.pdf({ preferCSSPageSize: true, path: join(ARTIFACTS, 'hub-periods-print.pdf') });
  // A4 landscape in points: 842 x 595.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
  await page.close();
});

it("opens the region's public page on a phone without a key, offices ranked within the norm", async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${hub.url}/open?lang=kk&period=month`);
  expect(await page.locator('h1').textContent()).toBe('Аймақтың кеңселері: біздің жұмысымыз ашық');
  expect(await page.locator('li[data-rank]').count()).toBe(3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'hub-open-phone-kk');
  await page.getByRole('link', { name: 'Русский' }).click();
  await page.getByRole('link', { name: 'Посетители' }).click();
  // Over 30 days Алмалы's 70 visitors lead Медеу's 60.
  expect(await page.locator('li[data-rank="1"] .name').textContent()).toContain('Алмалы');
  await screenshot(page, 'hub-open-phone-ru-visits');
  await page.close();
});
