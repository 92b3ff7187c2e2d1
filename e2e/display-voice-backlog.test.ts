// Ten desks call at once in a busy hall: the display in Chromium speaks every call (none dropped, none cut
// into another), shortens the backlog, and the longest wait from a call to the first sound of its
// announcement stays short. Before, every call took ~13.7 s (chime, three languages, digits one by one),
// so the tenth was heard two minutes late.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { played } from './support/display-page.js';
import { OfficeDriver } from './support/office-driver.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

const DESKS = 10;
/** Longest delay allowed from a call to the start of its announcement with ten desks calling at once. */
const LONGEST_DELAY_MS = 20_000;

interface SpokenCall {
  call: string;
  at: number;
  startedAt: number;
  brief: boolean;
}

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;
let display: Page;

beforeAll(async () => {
  const dataDir = tempDataDir();
  // The first start writes the demo office (eight desks); two more desks and specialists make ten.
  await (await startServer(dataDir)).stop();
  const file = join(dataDir, 'settings.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as {
    office: { desks: { id: string; number: number; sectorIds: string[]; sectorWeights: object }[] };
    users: { id: string; username: string }[];
  };
  const op1 = settings.users.find((u) => u.username === 'op1');
  for (const n of [9, 10]) {
    settings.office.desks.push({ id: `desk-${n}`, number: n, sectorIds: ['legal'], sectorWeights: {} });
    if (op1) settings.users.push({ ...op1, id: `u-op${n}`, username: `op${n}` });
  }
  writeFileSync(file, JSON.stringify(settings));
  [server, browser] = await Promise.all([startServer(dataDir), launchBrowser()]);
  office = new OfficeDriver(server.url);
  display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await display.goto(`${server.url}/display/`);
  await display.getByTestId('no-calls').waitFor();
  const sectors = ['legal', 'self-service', 'civil-registry', 'applications', 'accessibility'];
  for (const sector of [...sectors, ...sectors, 'business', 'akim', 'legal', 'legal'])
    await office.issue(sector, sector === 'self-service' ? 'ru' : 'kk');
  for (let n = 1; n <= DESKS; n++) await office.open(`op${n}`, `desk-${n}`);
}, 90_000);
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __kezekSpoken?: SpokenCall[] }).__kezekSpoken ?? []);

describe('ten desks calling at once', () => {
  it('are all spoken, one after the other, the last within the limit of its call', async () => {
    const numbers = await Promise.all(
      Array.from({ length: DESKS }, (_, i) => office.callNext(`op${i + 1}`, `desk-${i + 1}`)),
    );
    expect(new Set(numbers).size).toBe(DESKS);
    await screenshot(display, 'display-voice-1-ten-calls');
    await expect
      .poll(async () => (await spoken(display)).length, { timeout: 60_000, interval: 500 })
      .toBe(DESKS);
    const calls = await spoken(display);
    const delays = calls.map((c) => c.startedAt - c.at);
    const longest = Math.max(...delays);
    console.log(
      `voice: ten desks at once, delay call -> announcement p50 ${delays.sort((a, b) => a - b)[4]} ms, longest ${longest} ms; ${calls.filter((c) => c.brief).length} said briefly`,
    );
    expect(longest).toBeLessThan(LONGEST_DELAY_MS);
    // Each call with others behind it was said briefly; only the last had time for the full call.
    expect(calls.filter((c) => c.brief).length).toBeGreaterThanOrEqual(DESKS - 1);
    // Every call is heard in full: the last clip of the last one ends, and no clip starts before the
    // one before it ends.
    await expect
      .poll(async () => new Set((await played(display)).map((c) => c.call)).size, { timeout: 30_000 })
      .toBe(DESKS);
    await display.waitForFunction(
      () => document.querySelector('[data-testid="now-playing"]')?.getAttribute('data-url') === '',
      null,
      { timeout: 30_000 },
    );
    const clips = await played(display);
    for (const [i, clip] of clips.entries())
      if (i > 0) expect(clip.start).toBeGreaterThanOrEqual(clips[i - 1]?.end ?? 0);
    // Each call's clips are said together, not interleaved with another's.
    const order = clips.map((c) => c.call).filter((c, i, all) => i === 0 || all[i - 1] !== c);
    expect(order).toHaveLength(DESKS);
    // Each call names its desk: the brief form has the short desk word, the full one its phrase.
    for (const key of order) {
      const urls = clips.filter((c) => c.call === key).map((c) => c.url);
      expect(
        urls.some((u) => /desk-(short|before|after)\.ogg$/.test(u)),
        key,
      ).toBe(true);
    }
  }, 120_000);
});
