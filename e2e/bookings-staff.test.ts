// The staff side of bookings in Chromium: the head switches a service on in setup and the public page
// offers it; the policy screen's example shows a booked visitor; a specialist books a caller on the
// phone from the desk with the keyboard and sees the booking in today's list; the kiosk's code screen
// goes back to the start by itself like its other screens.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoToText, localDate, t, type BookingOptions } from '@kezek/shared';
import { openMemorySettings } from '../server/src/settings/settings-store.js';
import { demoSettingsOnce, startHarness, type Harness } from '../server/src/test-support/harness.js';
import { headPage, launchBrowser, screenshot, signIn } from './support/browser.js';
import { kioskPage, LANDSCAPE } from './support/kiosk-page.js';

const ZONE = 'Asia/Almaty';
let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness({ settings: openMemorySettings(demoSettingsOnce()) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

const options = async () => (await (await fetch(`${h.url}/api/book/options`)).json()) as BookingOptions;

describe('bookings on the staff screens', () => {
  it('lets the head switch bookings on for a service, and the public page then offers it', async () => {
    expect((await options()).sectors).toEqual([]);
    const head = await headPage(browser, h.url);
    await head.getByTestId('tab-setup').click();
    await head.getByTestId('setup-tab-bookings').click();
    const row = head.getByTestId('booking-rule-legal');
    await row.getByTestId('booking-enabled').check();
    await row.getByTestId('booking-slotMin').fill('20');
    await row.getByTestId('booking-perSlot').fill('2');
    await head.getByTestId('booking-iin').check();
    await head.getByTestId('save-bookings').click();
    await head.getByTestId('saved').waitFor();
    await head.getByTestId('booking-rules').screenshot({ path: `test-artifacts/bookings-head-rules.png` });
    const legal = (await options()).sectors.find((s) => s.id === 'legal');
    expect(legal?.services[0]?.slotMin).toBe(20);

    // The office asks for an IIN now: the page asks too, and refuses one whose check digit is wrong.
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true });
    await phone.goto(`${h.url}/book?lang=ru`);
    await phone.getByTestId('book-sector-legal').tap();
    await phone.getByTestId('book-service-legal').tap();
    await phone.getByTestId(`book-day-${addDays(localDate(Date.now(), ZONE), 1)}`).tap();
    await phone.locator('[data-testid^="book-time-"]').first().tap();
    await phone.getByTestId('book-name').fill('Иван Петров');
    await phone.getByTestId('book-phone').fill('+7 777 111 22 33');
    await phone.getByTestId('book-iin').fill('900101300001');
    await phone.getByTestId('book-submit').tap();
    expect(await phone.getByTestId('book-bad-iin').textContent()).toContain(t('ru', 'book.badIin'));
    await screenshot(phone, 'bookings-phone-iin');
    await phone.close();

    // The policy screen's worked example now has a booked visitor, called first.
    await head.getByTestId('setup-tab-policy').click();
    expect(await head.getByTestId('policy-booked-order').textContent()).toMatch(/^A006 → /);
    await head
      .getByTestId('policy-booked-example')
      .screenshot({ path: 'test-artifacts/bookings-head-policy.png' });
    await head.close();
  }, 60_000);

  it('books a caller from the desk with the keyboard and lists the booking for today', async () => {
    const desk = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(desk, h.url, 'op1', 'kezek');
    await desk.getByTestId('desk-desk-1').click();
    await desk.getByTestId('desk-title').waitFor();
    await desk.getByTestId('bookings-none').waitFor();
    // B opens the form on the service; tomorrow is typed, its first free slot is already chosen.
    await desk.keyboard.press('KeyB');
    await desk.getByTestId('booking-form').waitFor();
    const tomorrow = addDays(localDate(Date.now(), ZONE), 1);
    await desk.keyboard.press('Tab');
    await desk.keyboard.press('ControlOrMeta+A');
    await desk.keyboard.type(isoToText(tomorrow));
    await expect.poll(() => desk.getByTestId('booking-slot').locator('option').count()).toBeGreaterThan(0);
    await desk.keyboard.press('Tab');
    await desk.keyboard.press('Tab');
    await desk.keyboard.type('Ержан Бекұлы');
    await desk.keyboard.press('Tab');
    await desk.keyboard.type('+7 705 555 44 33');
    await screenshot(desk, 'bookings-desk-form');
    await desk.keyboard.press('Enter');
    await desk.getByTestId('booking-made').waitFor();
    const made = (await desk.getByTestId('booking-made').textContent()) ?? '';
    expect(made).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
    // Tomorrow's booking is not today's: the list of today stays empty.
    expect(await desk.getByTestId('bookings-none').isVisible()).toBe(true);

    // A second caller for today's first free slot shows in today's list at once.
    await desk.keyboard.press('KeyB');
    await desk.getByTestId('booking-form').waitFor();
    const slots = await desk.getByTestId('booking-slot').locator('option').count();
    if (slots > 0) {
      await desk.getByTestId('booking-name').fill('Мария Ким');
      await desk.getByTestId('booking-phone').fill('+7 705 555 44 34');
      await desk.getByTestId('booking-submit').click();
      await desk.locator('[data-testid="booking-row"][data-status="booked"]').waitFor();
      expect(await desk.getByTestId('bookings-today').textContent()).toContain('Мария Ким');
      await desk.getByTestId('bookings-panel').screenshot({ path: 'test-artifacts/bookings-desk-list.png' });
    } else {
      // Late in the evening today has no slot left: the form says so in the specialist's language.
      expect(await desk.getByTestId('booking-no-slots').textContent()).toBe(t('kk', 'book.noSlots'));
    }
    await desk.close();
  }, 60_000);

  it('returns from the code screen to the start after the idle time', async () => {
    const kiosk = await kioskPage(browser, h.url, LANDSCAPE, { clock: true });
    await kiosk.getByTestId('checkin-start').click();
    await kiosk.getByTestId('checkin').waitFor();
    await kiosk.getByTestId('code-key-A').click();
    await screenshot(kiosk, 'bookings-kiosk-code-landscape');
    await kiosk.clock.runFor(31_000);
    await kiosk.getByTestId('sector-legal').waitFor();
    expect(await kiosk.getByTestId('checkin').count()).toBe(0);
    await kiosk.close();
  }, 60_000);
});
