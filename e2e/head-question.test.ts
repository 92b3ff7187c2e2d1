// The issue's "done when": after a day in the office, the head answers "how long did people wait in civil
// registration between 11 and 12, and who served them" on screen and in Excel. The day is a script whose
// answer is worked out by hand below; the head only uses the report screen.
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '@kezek/shared';
import { headPage, launchBrowser, screenshot } from './support/browser.js';
import { writeFixtureDay, yesterday, type Script } from './support/fixture-day.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

const issue: Command = {
  type: 'issue',
  sectorId: 'civil-registry',
  serviceId: 'birth',
  priority: null,
  lang: 'kk',
  source: 'kiosk-1',
};
// Desk 3 is Гүлнар's (u-op3), desk 4 Ерлан's (u-op4); both serve civil registration.
const call = (deskId: string, operatorId: string): Command => ({ type: 'call-next', deskId, operatorId });
const start = (deskId: string): Command => ({ type: 'start', deskId });
const finish = (deskId: string, operatorId: string): Command => ({
  type: 'finish',
  deskId,
  outcome: 'solved',
  note: null,
  callNext: false,
  operatorId,
});
const G = ['desk-3', 'u-op3'] as const;
const E = ['desk-4', 'u-op4'] as const;

//          queued  called  by      wait    in 11:00–12:00?
// C001     10:50   10:58   Гүлнар   8 min  no (queued before 11)
// C002     11:05   11:17   Ерлан   12 min  yes
// C003     11:20   11:26   Гүлнар   6 min  yes
// C004     11:40   12:00   Ерлан   20 min  yes
// C005     11:55   12:04   Гүлнар   9 min  yes
// C006     12:10   12:15   Ерлан    5 min  no (queued after 12)
// In the window: 4 visitors, average (12 + 6 + 20 + 9) / 4 = 11.75 min = 11:45, longest 20:00;
// Гүлнар (6 + 9) / 2 = 7:30, Ерлан (12 + 20) / 2 = 16:00.
const DAY: Script = [
  ['10:45', { type: 'open-desk', deskId: G[0], operatorId: G[1] }],
  ['10:45', { type: 'open-desk', deskId: E[0], operatorId: E[1] }],
  ['10:50', issue],
  ['10:58', call(...G)],
  ['10:59', start(G[0])],
  ['11:05', issue],
  ['11:10', finish(...G)],
  ['11:17', call(...E)],
  ['11:18', start(E[0])],
  ['11:20', issue],
  ['11:26', call(...G)],
  ['11:27', start(G[0])],
  ['11:35', finish(...E)],
  ['11:40', issue],
  ['11:45', finish(...G)],
  ['11:55', issue],
  ['12:00', call(...E)],
  ['12:01', start(E[0])],
  ['12:04', call(...G)],
  ['12:05', start(G[0])],
  ['12:10', issue],
  ['12:12', finish(...E)],
  ['12:15', call(...E)],
  ['12:16', start(E[0])],
  ['12:20', finish(...G)],
  ['12:25', finish(...E)],
];

let server: ServerProcess;
let browser: Browser;
const day = yesterday();

beforeAll(async () => {
  const dir = tempDataDir();
  await writeFixtureDay(dir, day, DAY);
  server = await startServer(dir);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the head’s question about a past day', () => {
  it('answers who served civil registration between 11 and 12 and how long people waited, on screen and in Excel', async () => {
    const page = await headPage(browser, server.url);
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('report-from').fill(day);
    await page.getByTestId('report-to').fill(day);
    await page.getByTestId('report-sector').selectOption('civil-registry');
    await page.getByTestId('report-time-from').fill('11:00');
    await page.getByTestId('report-time-to').fill('12:00');
    await page.getByTestId('report-show').click();

    await expect.poll(() => page.getByTestId('kpi-arrived').textContent()).toBe('4');
    expect(await page.getByTestId('kpi-wait').textContent()).toBe('12 мин');
    const operators = page.getByTestId('table-operators');
    const waitOf = (id: string) =>
      operators.locator(`tr[data-key="${id}"] [data-col="wait-avg"]`).textContent();
    expect(await operators.locator('tbody tr:not([data-key="total"])').count()).toBe(2);
    expect(await operators.locator('tr[data-key="u-op3"] th').textContent()).toBe('Гүлнар');
    expect(await waitOf('u-op3')).toBe('7:30');
    expect(await operators.locator('tr[data-key="u-op4"] th').textContent()).toBe('Ерлан');
    expect(await waitOf('u-op4')).toBe('16:00');
    await screenshot(page, 'head-question-report');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await file.path()) ?? '');
    const sheet = book.getWorksheet('Мамандар бойынша');
    const rows = new Map<string, unknown[]>();
    sheet?.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (typeof values[0] === 'string') rows.set(values[0], values);
    });
    const header = [...rows.values()].find((r) => r.includes('Күту, орташа')) ?? [];
    const avgCol = header.indexOf('Күту, орташа');
    expect(avgCol).toBeGreaterThan(0);
    expect(rows.get('Гүлнар')?.[avgCol]).toBe(7.5);
    expect(rows.get('Ерлан')?.[avgCol]).toBe(16);
  });
});
