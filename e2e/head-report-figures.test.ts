// The head reads a past day at 1440×900 (a transfer, a wait over one sector's 10-minute target, waits
// within the others' 15), compares it with earlier days, switches to English and prints it on A4. Every
// figure must agree: the headline, each table's total line and the wait chart's colours.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRange, type Command } from '@kezek/shared';
import { ARTIFACTS, headPage, launchBrowser, screenshot } from './support/browser.js';
import { writeFixtureDay, yesterday, type Script } from './support/fixture-day.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

const issue = (sectorId: string): Command => ({
  type: 'issue',
  sectorId,
  serviceId: null,
  priority: null,
  lang: 'kk',
  source: 'kiosk-1',
});
const open = (n: number): Command => ({ type: 'open-desk', deskId: `desk-${n}`, operatorId: `u-op${n}` });
const call = (n: number): Command => ({ type: 'call-next', deskId: `desk-${n}`, operatorId: `u-op${n}` });
const start = (n: number): Command => ({ type: 'start', deskId: `desk-${n}` });
const finish = (n: number): Command => ({
  type: 'finish',
  deskId: `desk-${n}`,
  outcome: 'solved',
  note: null,
  callNext: false,
  operatorId: `u-op${n}`,
});

// Four visitors. C001 waits 11 min in civil registration (target 15), is transferred to applications
// (target 15, arrival kept) and called there after 13 min; B001 waits 12 min in self-service (target 10:
// the one wait over its target); C002 waits 14 min; A001 is still waiting at the close.
const DAY: Script = [
  ['08:58', open(2)],
  ['08:58', open(3)],
  ['08:58', open(5)],
  ['09:00', issue('civil-registry')],
  ['09:00', issue('self-service')],
  ['09:00', issue('civil-registry')],
  ['09:11', call(3)],
  ['09:11', start(3)],
  ['09:12', call(2)],
  ['09:12', start(2)],
  ['09:12', { type: 'transfer', deskId: 'desk-3', toSectorId: 'applications', toDeskId: null, note: null }],
  ['09:13', call(5)],
  ['09:13', start(5)],
  ['09:14', call(3)],
  ['09:14', start(3)],
  ['09:20', issue('legal')],
  ['09:30', finish(2)],
  ['09:30', finish(3)],
  ['09:30', finish(5)],
];
/** `n` civil-registration visitors, each served. */
const servedDay = (n: number): Script =>
  Array.from(
    { length: n },
    (_, i) =>
      [
        [`1${i}:00`, open(3)],
        [`1${i}:01`, issue('civil-registry')],
        [`1${i}:05`, call(3)],
        [`1${i}:06`, start(3)],
        [`1${i}:10`, finish(3)],
        [`1${i}:11`, { type: 'close-desk', deskId: 'desk-3' }],
      ] as const,
  ).flat();

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const day = yesterday();
const dayBefore = shift(day, -1);
const weekAgo = shift(day, -7);
const asText = (iso: string) => iso.split('-').reverse().join('.');

let server: ServerProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dir = tempDataDir();
  await writeFixtureDay(dir, weekAgo, servedDay(1));
  await writeFixtureDay(dir, dayBefore, servedDay(2));
  await writeFixtureDay(dir, day, DAY);
  server = await startServer(dir);
  browser = await launchBrowser();
  page = await headPage(browser, server.url, 900);
  await page.getByTestId('tab-reports').click();
  await page.getByTestId('report-from').fill(asText(day));
  await page.getByTestId('report-to').fill(asText(day));
  await page.getByTestId('report-show').click();
  await page.getByTestId('report').getByText(asText(day)).first().waitFor();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const TABLES = ['table-sectors', 'table-operators', 'table-periods', 'table-services', 'table-desks'];
const cell = (table: string, key: string, col: string) =>
  page.getByTestId(table).locator(`tr[data-key="${key}"] [data-col="${col}"]`).textContent();
const column = (table: string, col: string) =>
  page.getByTestId(table).locator(`tbody tr:not([data-key="total"]) [data-col="${col}"]`).allTextContents();

describe('a past day’s report', () => {
  it('gives the same arrivals, served and over-target figures at the top and in every table', async () => {
    expect(await page.getByTestId('kpi-arrived').textContent()).toBe('4');
    expect(await page.getByTestId('kpi-served').textContent()).toBe('3');
    expect(await page.getByTestId('kpi-over').textContent()).toBe('1');
    for (const table of TABLES) {
      expect([table, await cell(table, 'total', 'arrived')]).toEqual([table, '4']);
      expect([table, await cell(table, 'total', 'served')]).toEqual([table, '3']);
      const arrivals = (await column(table, 'arrived')).map(Number);
      expect([table, arrivals.reduce((a, b) => a + b, 0)]).toEqual([table, 4]);
    }
    // The transferred visitor arrived once, in civil registration; applications got a leg transferred in.
    expect(await cell('table-sectors', 'applications', 'arrived')).toBe('0');
    expect(await cell('table-sectors', 'applications', 'transferred-in')).toBe('1');
    expect(await cell('table-sectors', 'total', 'over-target')).toBe('1 (25%)');
    await screenshot(page, 'head-figures-1-report');
    await page
      .getByTestId('table-sectors')
      .screenshot({ path: join(ARTIFACTS, 'head-figures-1-sectors.png') });
  });

  it('colours in the wait chart only the wait over its own sector’s target', async () => {
    const chart = page.getByTestId('chart-distribution');
    expect(await chart.getAttribute('data-over')).toBe('1');
    expect(await chart.getAttribute('data-within')).toBe('3');
    // Bars of one visitor each: the red one (12 min in self-service) and three green ones.
    const pixels = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let red = 0;
      let green = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (Math.abs(r - 0xb9) < 8 && Math.abs(g - 0x1c) < 8 && Math.abs(b - 0x1c) < 8) red++;
        if (Math.abs(r - 0x15) < 8 && Math.abs(g - 0x80) < 8 && Math.abs(b - 0x3d) < 8) green++;
      }
      return { red, green };
    });
    expect(pixels.red).toBeGreaterThan(0);
    expect(pixels.green / pixels.red).toBeGreaterThan(2.5);
    expect(pixels.green / pixels.red).toBeLessThan(3.5);
    await chart.screenshot({ path: join(ARTIFACTS, 'head-figures-2-wait-chart.png') });
  });

  it('compares the headline figures with yesterday, the same day last week and last week', async () => {
    const was = (mode: string, figure: RegExp) => async () => {
      await page.getByTestId('report-compare').selectOption(mode);
      await page.getByTestId('report-show').click();
      const range = compareRange(day, day, mode as 'previous');
      const days =
        range.from === range.to ? asText(range.from) : `${asText(range.from)} – ${asText(range.to)}`;
      await expect.poll(() => page.getByTestId('report-compared').textContent()).toContain(days);
      await expect.poll(() => page.getByTestId('kpi-arrived-was').textContent()).toMatch(figure);
    };
    await was('previous', /▲\s+бұрын 2$/)();
    await screenshot(page, 'head-figures-3-compare-yesterday');
    await was('weekAgo', /▲\s+бұрын 1$/)();
    // Last week (Monday to Sunday) as an average day of the days it had visitors.
    const week = compareRange(day, day, 'lastWeek');
    const inWeek = (
      [
        [weekAgo, 1],
        [dayBefore, 2],
      ] as const
    ).filter(([d]) => d >= week.from && d <= week.to);
    const visitors = inWeek.reduce((a, [, n]) => a + n, 0);
    const expected = inWeek.length === 0 ? 0 : Math.round((10 * visitors) / inWeek.length) / 10;
    await was('lastWeek', new RegExp(`бұрын ${expected}$`))();
    await screenshot(page, 'head-figures-3-compare-last-week');
    await page.getByTestId('report-compare').selectOption('');
    await page.getByTestId('report-show').click();
    await expect.poll(() => page.getByTestId('kpi-arrived-was').count()).toBe(0);
  });

  it('names every sector, service and row in English once the head switches to English', async () => {
    await page.getByTestId('lang-en').click();
    const sectors = page.getByTestId('table-sectors');
    await expect.poll(() => sectors.textContent()).toContain('C · Civil registration');
    // Specialists keep their own names; every other label follows the language.
    for (const table of TABLES.filter((id) => id !== 'table-operators')) {
      const text = (await page.getByTestId(table).textContent()) ?? '';
      expect([table, /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(text)]).toEqual([table, false]);
    }
    expect(await page.getByTestId('table-desks').textContent()).toContain('Not called');
    await screenshot(page, 'head-figures-4-english');
  });

  it('prints on A4 (landscape, as the page asks) with every column and the over-target figure on it', async () => {
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.getByTestId('table-sectors').textContent()).toContain('Регистрация актов');
    const pdf = join(ARTIFACTS, 'head-figures-5-print.pdf');
    // preferCSSPageSize: what Chromium's print dialog does with the page's @page size.
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const words = pdfWords(pdf);
    const pageWidth = words.pageWidth;
    expect(Math.round(pageWidth)).toBe(842); // A4 landscape, in points
    // Nothing runs off the paper's right edge, and the right-hand columns are there to read.
    const beyond = words.list.filter((w) => w.xMax > pageWidth);
    expect(beyond).toEqual([]);
    for (const heading of ['Оценка', 'нормы', 'Отменено']) {
      expect([heading, words.list.some((w) => w.text.startsWith(heading))]).toEqual([heading, true]);
    }
    expect(words.list.some((w) => w.text === '(25%)')).toBe(true);
    // The same layout at the paper's width: each table stays inside its own panel.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1047, height: 740 }); // 277 × 190 mm at 96 dpi
    const overflow = await page.$$eval('.report-table', (sections) =>
      sections
        .map((s) => ({
          table: s.getAttribute('data-testid'),
          by: Math.round(
            (s.querySelector('table')?.getBoundingClientRect().right ?? 0) - s.getBoundingClientRect().right,
          ),
        }))
        .filter((o) => o.by > 0),
    );
    expect(overflow).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1440, height: 900 });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '2',
      pdf,
      join(ARTIFACTS, 'head-figures-5-print'),
    ]);
  });
});

interface Word {
  text: string;
  xMax: number;
}

/** Every word of the PDF with its right edge, in points (pdftotext from poppler-utils). */
function pdfWords(pdf: string): { pageWidth: number; list: Word[] } {
  let html: string;
  try {
    html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`pdftotext is missing: apt-get install -y poppler-utils (${String(e)})`);
  }
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)?.[1] ?? 0);
  const list = [
    ...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
  ].map((m) => ({ text: m[2] ?? '', xMax: Number(m[1]) }));
  return { pageWidth, list };
}
