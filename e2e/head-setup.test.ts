// The office head sets the office up in Chromium: the priority policy with its worked example, a new
// specialist who then signs in, the hall ticker (a display shows it live) and a desk's sectors. What
// the screens save is read back from the server over a socket, as another head would see it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, screenshot, signIn } from './support/browser.js';
import { headSession, type HeadSession } from './support/head-session.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let head: HeadSession;

beforeAll(async () => {
  server = await startServer(tempDataDir('kezek-head-setup-'));
  browser = await launchBrowser();
  head = await headSession(server.url);
}, 60_000);
afterAll(async () => {
  head?.socket.disconnect();
  await browser?.close();
  await server?.stop();
});

async function openSetup(section: string, page: Page): Promise<void> {
  await page.getByTestId(`setup-tab-${section}`).click();
}

describe('the office head’s setup in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await signIn(page, server.url, 'head', 'kezek-head');
    await page.getByTestId('tab-setup').click();
    await page.getByTestId('setup-tab-policy').waitFor();
  });

  it('switches the priority policy to ratio 1:2, with the pattern and the worked example explained', async () => {
    await openSetup('policy', page);
    await page.getByTestId('policy-strict').check();
    await expect
      .poll(() => page.getByTestId('policy-example-order').textContent())
      .toBe('A003 → A005 → A001 → A002 → A004');
    await page.getByTestId('save-policy').click();
    await page.getByTestId('saved').waitFor();
    await expect.poll(async () => (await head.setup()).config.policy).toEqual({ kind: 'strict' });

    await page.getByTestId('policy-ratio').check();
    await page.getByTestId('policy-priority').fill('1');
    await page.getByTestId('policy-regular').fill('3');
    const pattern = page.getByTestId('policy-pattern');
    await expect.poll(() => pattern.getAttribute('data-pattern')).toBe('P R R R P R R R');
    await page.getByTestId('policy-regular').fill('2');
    await expect.poll(() => pattern.getAttribute('data-pattern')).toBe('P R R P R R');
    expect(await pattern.textContent()).toContain('кезексіз, кәдімгі, кәдімгі, кезексіз, кәдімгі, кәдімгі');
    expect(await page.getByTestId('policy-explain').textContent()).toContain(
      '1 кезексіз, содан кейін 2 кәдімгі',
    );
    // The docs' example (docs/queue-policy.md): one priority, two regular, one priority, the rest.
    expect(await page.getByTestId('policy-example-order').textContent()).toBe(
      'A003 → A001 → A002 → A005 → A004',
    );

    // A value the server refuses is shown as its refusal, in the head's language, and nothing changes.
    await page.getByTestId('rule-no-show').fill('-5');
    await page.getByTestId('save-policy').click();
    await expect.poll(() => page.getByTestId('setup-error').textContent()).toBeTruthy();
    expect((await head.setup()).config.policy).toEqual({ kind: 'strict' });

    await page.getByTestId('rule-no-show').fill('90');
    await page.getByTestId('save-policy').click();
    await page.getByTestId('saved').waitFor();
    const saved = (await head.setup()).config;
    expect(saved.policy).toEqual({ kind: 'ratio', priority: 1, regular: 2 });
    expect(saved.noShowGraceSec).toBe(90);
    await screenshot(page, 'head-setup-1-policy');
  });

  it('adds a specialist for desk 3 who then signs in on another page and may open only desk 3', async () => {
    await openSetup('users', page);
    const form = page.getByTestId('user-form');
    await form.getByTestId('user-username').fill('op9');
    await form.getByTestId('user-name').fill('Дәурен Сейітов');
    await form.getByTestId('user-role').selectOption('operator');
    await form.getByTestId('user-password').fill('dauren-9');
    await form.getByTestId('user-desk-desk-3').check();
    await form.getByTestId('save-user').click();
    await page.getByTestId('user-op9').waitFor();
    expect(await page.getByTestId('user-op9').textContent()).toContain('Дәурен Сейітов');
    await screenshot(page, 'head-setup-2-users');

    const specialist = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(specialist, server.url, 'op9', 'dauren-9');
    await specialist.getByTestId('desk-desk-3').waitFor();
    expect(await specialist.locator('[data-testid^="desk-desk-"]').count()).toBe(1);
    await screenshot(specialist, 'head-setup-3-new-specialist');
    await specialist.close();
  });

  it('changes the ticker line, the hall display shows it without a reload, then scopes that display to one sector', async () => {
    const display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await display.goto(`${server.url}/display/`);
    await expect.poll(() => display.getByTestId('ticker').textContent()).toContain('eGov.kz');

    await openSetup('content', page);
    await page.getByTestId('ticker-kk').fill('Бүгін қабылдау 18:00-ге дейін');
    await page.getByTestId('ticker-ru').fill('Сегодня приём до 18:00');
    await page.getByTestId('ticker-en').fill('Open until 18:00 today');
    await page.getByTestId('volume').fill('70');
    expect(await page.getByTestId('voice-languages').inputValue()).toBe('2');
    await page.getByTestId('voice-languages').selectOption('3');
    await page.getByTestId('save-content').click();
    await page.getByTestId('saved').waitFor();
    await expect
      .poll(() => display.getByTestId('ticker').textContent(), { timeout: 10_000 })
      .toContain('Бүгін қабылдау 18:00-ге дейін');
    expect((await head.setup()).content.volume).toBe(0.7);
    expect((await head.setup()).content.voiceLanguages).toBe(3);
    await screenshot(page, 'head-setup-4-content');
    await screenshot(display, 'head-setup-5-display-ticker');

    // The same display, now paired, is scoped to self-service from the device list.
    await openSetup('devices', page);
    const row = page.locator('[data-testid^="device-"]').filter({ has: page.getByTestId('whole-hall') });
    await row.getByTestId('whole-hall').uncheck();
    await row.getByLabel('B · Өзіне-өзі қызмет көрсету').check();
    await row.getByTestId('save-device').click();
    await row.getByTestId('saved').waitFor();
    const scoped = (await head.setup()).devices.find((d) => d.kind === 'display' && !d.revoked);
    expect(scoped?.scope).toEqual({ sectorIds: ['self-service'], deskIds: [] });
    await expect.poll(() => display.locator('[data-testid^="sector-"]').count(), { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'head-setup-7-devices');
    await display.close();
  });

  it('gives desk 1 a second sector', async () => {
    await openSetup('desks', page);
    const desk1 = page.getByTestId('setup-desk-desk-1');
    await desk1.getByTestId('desk-sector-applications').check();
    await page.getByTestId('save-desks').click();
    await page.getByTestId('saved').waitFor();
    const desk = (await head.setup()).config.desks.find((d) => d.id === 'desk-1');
    expect(desk?.sectorIds).toEqual(['legal', 'applications']);
    await screenshot(page, 'head-setup-6-desks');
  });
});
