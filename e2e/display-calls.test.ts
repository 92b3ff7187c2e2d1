// The hall display in Chromium against the built server: calls from two desks appear at once, flash, and
// are spoken clip by clip — chime, the ticket's language, one other — one call after the other, never
// overlapping; a call with another waiting behind it is said briefly.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallView, Lang } from '@kezek/shared';
import { loadVoice, type Voice } from '../server/src/voice/voice.js';
import { played, type PlayedClip } from './support/display-page.js';
import { OfficeDriver } from './support/office-driver.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;
let voice: Voice;
let display: Page;

beforeAll(async () => {
  [server, browser, voice] = await Promise.all([
    startServer(tempDataDir()),
    launchBrowser(),
    loadVoice(null),
  ]);
  office = new OfficeDriver(server.url);
  display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await display.goto(`${server.url}/display/`);
  await display.getByTestId('no-calls').waitFor();
});
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

/** What the display should play for a call: the chime, then the server's playlist in kk, ru, en order. */
function expected(number: string, deskNumber: number, lang: Lang, chime = true): string[] {
  const call = { number, deskNumber, lang } as CallView;
  const parts = voice.announce(call, ['kk', 'ru', 'en']);
  return [...(chime ? ['/voice/chime.ogg'] : []), ...parts.flatMap((p) => p.clips)];
}

/** The brief form, said while another call waits: the ticket's language only. */
function brief(number: string, deskNumber: number, lang: Lang): string[] {
  const call = { number, deskNumber, lang } as CallView;
  return ['/voice/chime.ogg', ...(voice.announce(call, ['kk', 'ru', 'en'])[0]?.brief ?? [])];
}

async function playedUntil(count: number): Promise<PlayedClip[]> {
  await expect
    .poll(async () => (await played(display)).length, { timeout: 80_000, interval: 500 })
    .toBeGreaterThanOrEqual(count);
  return played(display);
}

const callOn = (page: Page, number: string) => page.locator(`[data-testid="call"][data-number="${number}"]`);

describe('the hall display', () => {
  it('shows a call within a second and speaks it: chime, then Kazakh, then Russian', async () => {
    await office.open('op1', 'desk-1');
    const number = await office.issue('legal', 'kk');
    const calledAt = Date.now();
    await office.callNext('op1', 'desk-1');
    await callOn(display, number).waitFor({ timeout: 1000 });
    console.log(`display: call ${number} on screen ${Date.now() - calledAt} ms after call-next was sent`);
    const call = callOn(display, number);
    expect(await call.getAttribute('data-desk')).toBe('1');
    expect(await call.getAttribute('data-rank')).toBe('0');
    expect(await call.getAttribute('data-flash')).toBe('true');
    await screenshot(display, 'display-1-first-call-flashing');

    const want = expected(number, 1, 'kk');
    const clips = await playedUntil(want.length);
    expect(clips.map((c) => c.url)).toEqual(want);
    expect(want.findIndex((u) => u.startsWith('/voice/ru/'))).toBeGreaterThan(
      want.findLastIndex((u) => u.startsWith('/voice/kk/')),
    );
    for (const [i, clip] of clips.entries())
      if (i > 0) expect(clip.start).toBeGreaterThanOrEqual(clips[i - 1]?.end ?? 0);
  }, 90_000);

  it('shows two calls made together from two desks and speaks them one after the other, the first briefly', async () => {
    // A call within 1.5 s of the last one's end follows it without a chime: start a new run.
    await new Promise((r) => setTimeout(r, 2000));
    const before = (await played(display)).length;
    await office.open('op2', 'desk-2');
    const kk = await office.issue('legal', 'kk');
    const ru = await office.issue('self-service', 'ru');
    await office.finish('op1', 'desk-1');
    await Promise.all([office.callNext('op1', 'desk-1'), office.callNext('op2', 'desk-2')]);
    await callOn(display, kk).waitFor({ timeout: 1000 });
    await callOn(display, ru).waitFor({ timeout: 1000 });
    expect(await callOn(display, kk).getAttribute('data-flash')).toBe('true');
    expect(await callOn(display, ru).getAttribute('data-flash')).toBe('true');
    await screenshot(display, 'display-2-two-desks');

    // Whichever call the server committed first is spoken first, briefly, in its own language, as the
    // other waits; the second follows in full without a second chime. Neither is cut into the other.
    const kkFirst = [...brief(kk, 1, 'kk'), ...expected(ru, 2, 'ru', false)];
    const ruFirst = [...brief(ru, 2, 'ru'), ...expected(kk, 1, 'kk', false)];
    const clips = (await playedUntil(before + kkFirst.length)).slice(before);
    const urls = clips.map((c) => c.url);
    expect(urls).toEqual(urls[1] === kkFirst[1] ? kkFirst : ruFirst);
    expect(ruFirst[1]?.startsWith('/voice/ru/')).toBe(true);
    for (const [i, clip] of clips.entries())
      if (i > 0) expect(clip.start).toBeGreaterThanOrEqual(clips[i - 1]?.end ?? 0);
  }, 120_000);

  it('flashes a recall again at the top and speaks it again', async () => {
    await new Promise((r) => setTimeout(r, 2000));
    const before = (await played(display)).length;
    const first = display.locator('[data-testid="call"][data-rank="0"]');
    const topBefore = await first.getAttribute('data-number');
    const deskOneNumber = await display
      .locator('[data-testid="call"][data-desk="1"]')
      .first()
      .getAttribute('data-number');
    await office.recall('op1', 'desk-1');
    await expect.poll(() => first.getAttribute('data-number'), { timeout: 2000 }).toBe(deskOneNumber);
    expect(await first.getAttribute('data-recall')).toBe('true');
    expect(await first.getAttribute('data-flash')).toBe('true');
    expect(topBefore).not.toBeNull();
    const want = expected(deskOneNumber ?? '', 1, 'kk');
    const clips = (await playedUntil(before + want.length)).slice(before);
    expect(clips.map((c) => c.url)).toEqual(want);
  }, 90_000);

  it('fits a portrait screen too', async () => {
    const portrait = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await portrait.goto(`${server.url}/display/`);
    await portrait.locator('[data-testid="call"]').first().waitFor();
    await screenshot(portrait, 'display-3-portrait');
    await portrait.close();
  });
});
