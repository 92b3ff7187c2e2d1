// The office head's office-wide setup in Chromium: a service renamed in the sector's details appears on
// the kiosk, mistakes in hours, time zone and languages are refused with words the head understands,
// the kiosk offers only the office's languages, a picture uploaded for the hall shows on the display,
// and a backup is staged for restore (and cancelled) with what will happen said on screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACK_TIMEOUT_MS, errorText, type Result } from '@kezek/shared';
import { headPage, launchBrowser, screenshot } from './support/browser.js';
import { headSession, type HeadSession } from './support/head-session.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let head: HeadSession;
let page: Page;

beforeAll(async () => {
  server = await startServer(tempDataDir('kezek-head-office-'));
  browser = await launchBrowser();
  head = await headSession(server.url);
  page = await headPage(browser, server.url, 1100);
  await page.getByTestId('tab-setup').click();
  await page.getByTestId('setup-tab-office').waitFor();
}, 60_000);
afterAll(async () => {
  head?.socket.disconnect();
  await browser?.close();
  await server?.stop();
});

async function openKiosk(): Promise<Page> {
  const kiosk = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
  await kiosk.goto(`${server.url}/kiosk/`);
  await kiosk.getByTestId('sector-civil-registry').waitFor({ timeout: 15_000 });
  return kiosk;
}

describe('the office head’s office-wide setup in Chromium', () => {
  it('renames a service and adds one, sets service norms; the kiosk shows both without a reload', async () => {
    const kiosk = await openKiosk();
    await page.getByTestId('setup-tab-sectors').click();
    const row = page.getByTestId('setup-sector-civil-registry');
    await row.getByTestId('sector-details').click();
    const details = page.getByTestId('sector-details-civil-registry');
    await details.getByTestId('service-birth').getByTestId('service-kk').fill('Баланың тууын тіркеу');
    await details.getByTestId('service-add').click();
    const added = details.locator('[data-testid^="service-civil-registry-"]');
    await added.getByTestId('service-kk').fill('Атын өзгерту');
    await added.getByTestId('service-ru').fill('Смена имени');
    // Without an English name the screen says what is missing before anything is sent.
    await page.getByTestId('save-sectors').click();
    await expect
      .poll(() => page.getByTestId('setup-error').textContent())
      .toBe(errorText('kk', 'service_name_empty'));
    await added.getByTestId('service-en').fill('Name change');
    // The state's standard for birth registration: 30 minutes' wait, 20 of service; the sector's own
    // service-time norm covers the services without one.
    const birth = details.getByTestId('service-birth');
    expect(await birth.getByTestId('service-wait-norm').getAttribute('placeholder')).toBe('15');
    await birth.getByTestId('service-wait-norm').fill('30');
    await birth.getByTestId('service-time-norm').fill('20');
    await details.getByTestId('sector-service-norm').fill('25');
    await page.getByTestId('save-sectors').click();
    await page.getByTestId('saved').waitFor();
    await screenshot(page, 'head-office-1-services');

    const civil = (await head.setup()).config.sectors.find((s) => s.id === 'civil-registry');
    expect(civil?.services.map((s) => s.id)).toEqual([
      'birth',
      'marriage',
      'death',
      'certificate',
      'civil-registry-5',
    ]);
    expect(civil?.maxServiceMin).toBe(25);
    expect(civil?.services[0]).toMatchObject({ id: 'birth', maxWaitMin: 30, maxServiceMin: 20 });
    // Left empty, the others keep no norm of their own and fall back to the sector's.
    expect(civil?.services[1]?.maxWaitMin ?? null).toBeNull();
    await kiosk.getByTestId('sector-civil-registry').click();
    await expect
      .poll(() => kiosk.getByTestId('service-birth').textContent(), { timeout: 10_000 })
      .toContain('Баланың тууын тіркеу');
    expect(await kiosk.getByTestId('service-civil-registry-5').textContent()).toContain('Атын өзгерту');
    await screenshot(kiosk, 'head-office-2-kiosk-services');
    await kiosk.close();
  });

  it('chooses each desk’s receipt printer: a network address, a kiosk’s printer, or none', async () => {
    await page.getByTestId('setup-tab-printers').click();
    const desk1 = page.getByTestId('desk-printer-desk-1');
    const desk2 = page.getByTestId('desk-printer-desk-2');
    await desk1.waitFor();
    expect(await desk1.getByTestId('printer-kind').inputValue()).toBe('none'); // nothing chosen yet
    await desk1.getByTestId('printer-kind').selectOption('network');
    await desk1.getByTestId('printer-url').fill('http://10.0.0.9');
    await page.getByTestId('save-desk-printers').click();
    // Not an ESC/POS address: refused in words, nothing saved.
    await expect
      .poll(() => page.getByTestId('setup-error').textContent())
      .toBe(errorText('kk', 'invalid_payload'));
    await desk1.getByTestId('printer-url').fill('tcp://10.0.0.9:9100');
    await desk1.getByTestId('printer-paper').selectOption('58');
    await desk2.getByTestId('printer-kind').selectOption('kiosk');
    await page.getByTestId('save-desk-printers').click();
    await page.getByTestId('saved').waitFor();
    await screenshot(page, 'head-office-printers');

    const kiosk = (await head.setup()).devices.find((d) => d.kind === 'kiosk');
    const settings = (await head.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('case:settings', {})) as Result<{
      settings: { deskPrinters?: Record<string, unknown> };
    }>;
    expect(settings.ok && settings.data.settings.deskPrinters).toEqual({
      'desk-1': { url: 'tcp://10.0.0.9:9100', paperWidth: 58 },
      'desk-2': { kioskId: kiosk?.id },
    });
    const audit = (await head.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('admin:audit', {})) as Result<
      { action: string }[]
    >;
    expect(audit.ok && audit.data[0]?.action).toBe('desk-printers');
    // Read back as the screen shows it after a reload.
    await page.reload();
    await page.getByTestId('tab-setup').click();
    await page.getByTestId('setup-tab-printers').click();
    await expect.poll(() => desk2.getByTestId('printer-kind').inputValue()).toBe('kiosk');
    expect(await desk1.getByTestId('printer-url').inputValue()).toBe('tcp://10.0.0.9:9100');
  });

  it('refuses closing before opening and an unknown zone in words, then saves hours and two languages the kiosk offers', async () => {
    const kiosk = await openKiosk();
    await expect.poll(() => kiosk.getByTestId('lang-en').count()).toBe(1);
    await page.getByTestId('setup-tab-office').click();
    const monday = page.getByTestId('office-hours-day-1');
    await monday.getByTestId('closed').uncheck();
    await monday.getByTestId('open').fill('18:00');
    await monday.getByTestId('close').fill('09:00');
    await page.getByTestId('save-office').click();
    await expect
      .poll(() => page.getByTestId('setup-error').textContent())
      .toBe(errorText('kk', 'hours_invalid'));
    await monday.getByTestId('open').fill('09:00');
    await monday.getByTestId('close').fill('00:00'); // midnight: open to the end of the day

    await page.getByTestId('time-zone').fill('Asia/Atlantis');
    await page.getByTestId('save-office').click();
    await expect
      .poll(() => page.getByTestId('setup-error').textContent())
      .toBe(errorText('kk', 'time_zone_unknown'));
    await page.getByTestId('time-zone').fill('Asia/Almaty');

    for (const l of ['kk', 'ru', 'en']) await page.getByTestId(`office-lang-${l}`).uncheck();
    await page.getByTestId('save-office').click();
    await expect
      .poll(() => page.getByTestId('setup-error').textContent())
      .toBe(errorText('kk', 'languages_empty'));
    await page.getByTestId('office-lang-kk').check();
    await page.getByTestId('office-lang-ru').check();
    await page.getByTestId('save-office').click();
    await page.getByTestId('saved').waitFor();
    await screenshot(page, 'head-office-3-hours');

    const config = (await head.setup()).config;
    expect(config.hours[1]).toEqual([9 * 60, 24 * 60]);
    expect(config.languages).toEqual(['kk', 'ru']);
    await expect.poll(() => kiosk.getByTestId('lang-en').count(), { timeout: 10_000 }).toBe(0);
    expect(await kiosk.getByTestId('lang-ru').count()).toBe(1);
    await kiosk.close();
  });

  it('uploads a picture that the hall display then shows, and removes it again', async () => {
    const display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await display.goto(`${server.url}/display/`);
    await display.getByTestId('ticker').waitFor({ timeout: 15_000 });
    expect(await display.getByTestId('media-zone').count()).toBe(0);

    // A real PNG, drawn by the browser itself.
    const dataUrl = await page.evaluate(() => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 360 });
      const g = canvas.getContext('2d');
      if (!g) return '';
      g.fillStyle = '#0b6e4f';
      g.fillRect(0, 0, 640, 360);
      g.fillStyle = '#fff';
      g.font = 'bold 64px sans-serif';
      g.fillText('eGov.kz · Кезек', 40, 200);
      return canvas.toDataURL('image/png');
    });
    const png = Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
    await page.getByTestId('setup-tab-content').click();
    await page
      .getByTestId('media-upload')
      .setInputFiles({ name: 'Жарнама poster.png', mimeType: 'image/png', buffer: png });
    const row = page.getByTestId('media-poster.png');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('media-loop').isChecked()).toBe(true);

    const img = display.locator('[data-testid="media-zone"] img');
    await img.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth), { timeout: 10_000 })
      .toBe(640);
    await screenshot(page, 'head-office-4-media');
    await screenshot(display, 'head-office-5-display-media');

    // Not a picture, though named like one: refused in words, nothing new listed.
    await page.getByTestId('media-upload').setInputFiles({
      name: 'fake.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html>not a picture</html>'),
    });
    await expect
      .poll(() => page.getByTestId('media-error').textContent())
      .toBe(errorText('kk', 'media_type'));
    expect(await page.getByTestId('media-fake.png').count()).toBe(0);

    await row.getByTestId('media-remove').click();
    await expect.poll(() => display.getByTestId('media-zone').count(), { timeout: 10_000 }).toBe(0);
    expect((await head.setup()).content.media).toEqual([]);
    await display.close();
  });

  it('stages a backup for restore, saying what will happen, and cancels it', async () => {
    const backup = await fetch(`${server.url}/api/backup`, {
      headers: { authorization: `Bearer ${head.token}` },
    });
    const archive = Buffer.from(await backup.arrayBuffer());
    expect(await page.getByTestId('restore-explain').textContent()).toContain('before-restore-');
    await page.getByTestId('restore-upload').setInputFiles({
      name: 'nonsense.tar.gz',
      mimeType: 'application/gzip',
      buffer: Buffer.from('nonsense'),
    });
    await expect
      .poll(() => page.getByTestId('restore-error').textContent())
      .toContain(errorText('kk', 'restore_invalid'));

    await page
      .getByTestId('restore-upload')
      .setInputFiles({ name: 'kezek-data.tar.gz', mimeType: 'application/gzip', buffer: archive });
    await page.getByTestId('restore-staged').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('restore-staged').textContent()).toContain(
      'сервер келесі рет іске қосылғанда',
    );
    await screenshot(page, 'head-office-6-restore-staged');
    await page.getByTestId('restore-cancel').click();
    await expect.poll(() => page.getByTestId('restore-staged').count()).toBe(0);
  });

  it('swaps a staged backup in when the server restarts, keeping the replaced data aside', async () => {
    const auth = { authorization: `Bearer ${head.token}` };
    const archive = Buffer.from(
      await (await fetch(`${server.url}/api/backup`, { headers: auth })).arrayBuffer(),
    );
    const { config } = await head.setup();
    const renamed = structuredClone(config);
    const legal = renamed.sectors.find((s) => s.id === 'legal');
    if (!legal) throw new Error('demo office without legal');
    legal.names.en = 'Renamed after the backup';
    const saved = (await head.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('admin:save-office', { requestId: crypto.randomUUID(), config: renamed })) as Result<null>;
    expect(saved.ok).toBe(true);
    const staged = await fetch(`${server.url}/api/restore`, { method: 'POST', headers: auth, body: archive });
    expect(staged.status).toBe(200);

    head.socket.disconnect();
    await server.stop();
    server = await startServer(server.dataDir, server.port);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    const { readdirSync, readFileSync } = await import('node:fs');
    const settings = JSON.parse(readFileSync(`${server.dataDir}/settings.json`, 'utf8')) as {
      office: { sectors: { id: string; names: { en: string } }[] };
    };
    expect(settings.office.sectors.find((s) => s.id === 'legal')?.names.en).not.toBe(
      'Renamed after the backup',
    );
    const aside = readdirSync(server.dataDir).filter((n) => n.startsWith('before-restore-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(`${server.dataDir}/${aside[0] ?? ''}/settings.json`, 'utf8')).toContain(
      'Renamed after the backup',
    );
    expect(server.output()).toContain('restore: applied the staged backup');
  });
});
