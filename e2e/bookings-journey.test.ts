// The whole path of a booking in Chromium: a resident books on a phone-sized /book page and sees the
// code, a second booking by the same phone is refused in Kazakh, the office clock moves to the next
// morning, the code typed as a USB scanner types it (fast keys, then Enter) checks the visitor in at
// the kiosk without a touch, and at the booked time the desk's N calls the booked visitor before the
// walk-in who came earlier; a resident who comes after the check-in window gets a walk-in ticket with
// the message that says so; the head's report counts booked and walk-in arrivals.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  CONTENT_SECURITY_POLICY,
  DEFAULT_BOOKING_RULES,
  formatClock,
  localDate,
  t,
  type BookingPublicView,
} from '@kezek/shared';
import { openMemorySettings } from '../server/src/settings/settings-store.js';
import {
  demoSettingsOnce,
  expectOk,
  rid,
  send,
  startHarness,
  type Harness,
} from '../server/src/test-support/harness.js';
import { headPage, launchBrowser, screenshot, signIn } from './support/browser.js';
import { kioskPage, LANDSCAPE, PORTRAIT } from './support/kiosk-page.js';

const ZONE = 'Asia/Almaty';
const MIN = 60_000;
let offset = 0;
const clock = () => Date.now() + offset;

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness({ settings: openMemorySettings(demoSettingsOnce()), clock });
  const head = await h.staff('head');
  // Legal consultation takes bookings 09:00-18:00 every day, one visitor a slot.
  const hours = Array.from({ length: 7 }, () => [9 * 60, 18 * 60] as const);
  const rules = { ...DEFAULT_BOOKING_RULES, enabled: true, hours, slotMin: 15, perSlot: 1, perPerson: 1 };
  expectOk(await send(head, 'booking:save-settings', { settings: { rules: { legal: rules } } }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function phonePage(): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  await page.goto(`${h.url}/book`);
  await page.getByTestId('book-sector-legal').waitFor();
  return page;
}

/** Books the first free slot of `day` for legal consultation on the phone page; returns the slot's button text. */
async function bookFirstSlot(page: Page, day: string, name: string, phone: string): Promise<string> {
  await page.getByTestId('book-sector-legal').tap();
  await page.getByTestId('book-service-legal').tap();
  await page.getByTestId(`book-day-${day}`).tap();
  const first = page.locator('[data-testid^="book-time-"]').first();
  await first.waitFor();
  const time = (await first.textContent())?.trim() ?? '';
  await first.tap();
  await page.getByTestId('book-name').fill(name);
  await page.getByTestId('book-phone').fill(phone);
  await page.getByTestId('book-submit').tap();
  return time;
}

/** Runs a step of the journey; a failure names the step, so a timeout says where the path broke. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** Whether the element's box is at least `min` px high: a thumb's target. */
async function tall(page: Page, testId: string, min = 44): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox();
  return (box?.height ?? 0) >= min;
}

describe('a booking from the phone to the desk', () => {
  it('is booked on a phone, checked in by a scanner at the kiosk, and called at its time', async () => {
    const tomorrow = addDays(localDate(clock(), ZONE), 1);
    const phone = await phonePage();
    await screenshot(phone, 'bookings-phone-start');
    expect(await tall(phone, 'book-sector-legal', 48)).toBe(true);
    const time = await bookFirstSlot(phone, tomorrow, 'Айгүл Сейітова', '+7 701 234 56 78');
    expect(time).toBe('09:00');
    await step('the booking is made', () => phone.getByTestId('booking-card').waitFor());
    const code = (await phone.getByTestId('booking-code').getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await phone.getByTestId('booking-when').textContent()).toContain('09:00');
    expect(await phone.getByTestId('booking-who').textContent()).toContain('…78');
    // The QR code is drawn and holds nothing but the code, which is what a scanner types.
    const qr = await phone.getByTestId('booking-qr').evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(qr).toBeGreaterThan(0);
    await screenshot(phone, 'bookings-phone-code');
    // The code reads on a phone: large, on one line, inside the screen.
    const box = await phone.getByTestId('booking-code').boundingBox();
    expect(box?.width ?? 999).toBeLessThanOrEqual(360);
    expect(box?.height ?? 0).toBeLessThan(80);

    // The same phone again: the per-person limit, said in Kazakh.
    await phone.getByTestId('book-again').tap();
    await bookFirstSlot(phone, tomorrow, 'Айгүл Сейітова', '87012345678');
    await expect
      .poll(() => phone.getByTestId('book-error').textContent())
      .toBe(t('kk', 'book.refused.person_limit'));
    // The taken 09:00 is no longer offered.
    expect(await phone.getByTestId('book-time-09:00').count()).toBe(0);
    await screenshot(phone, 'bookings-phone-limit');

    // The visitor looks the booking up by its code on the same page.
    await phone.getByTestId('lookup-code').fill(code.toLowerCase().replace('-', ' '));
    await phone.getByTestId('lookup-find').tap();
    await phone.getByTestId('book-lookup').getByTestId('booking-card').waitFor();
    expect(await phone.getByTestId('lookup-cancel').isVisible()).toBe(true);
    await phone.close();

    // A second resident takes the next slot, and will come too late for it.
    const second = await phonePage();
    expect(await bookFirstSlot(second, tomorrow, 'Бақыт Омаров', '+7 702 000 11 22')).toBe('09:15');
    const lateCode = (await second.getByTestId('booking-code').getAttribute('data-code')) ?? '';
    await second.close();

    const view = (await (await fetch(`${h.url}/api/book/${code}`)).json()) as BookingPublicView;
    expect(formatClock(view.startAt, ZONE)).toBe('09:00');

    // The next morning, 08:50 on the office clock: a walk-in comes first.
    offset = view.startAt - 10 * MIN - Date.now();
    const kioskSocket = await h.device('kiosk');
    expectOk(
      await send(kioskSocket, 'ticket:issue', {
        requestId: rid(),
        sectorId: 'legal',
        lang: 'ru',
        priority: null,
      }),
    );

    const kiosk = await kioskPage(browser, h.url, LANDSCAPE);
    await kiosk.getByTestId('checkin-start').waitFor();
    // A USB scanner: the code as fast keys, then Enter, with nobody touching the screen.
    await kiosk.keyboard.type(code);
    await kiosk.keyboard.press('Enter');
    const ticket = kiosk.locator('[data-testid="ticket"][data-booking="booked"]');
    await step('the scanned code checks in', () => ticket.waitFor());
    expect(await kiosk.getByTestId('ticket-booked').textContent()).toContain('09:00');
    const number = ((await kiosk.getByTestId('ticket-number').textContent()) ?? '').trim();
    await screenshot(kiosk, 'bookings-kiosk-booked');
    await kiosk.close();

    // 09:01: the booked visitor's time has come, and N calls them before the earlier walk-in.
    offset = view.startAt + MIN - Date.now();
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(desk, h.url, 'op1', 'kezek');
    await desk.getByTestId('desk-desk-1').click();
    await desk.getByTestId('desk-title').waitFor();
    await step('the desk marks the booked ticket', () =>
      desk.getByTestId('queue-legal').getByTestId('booked-mark').waitFor(),
    );
    const row = desk.locator(`[data-testid="booking-row"][data-code="${code}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('checked_in');
    await screenshot(desk, 'bookings-desk-queue');
    await desk.keyboard.press('KeyN');
    await step('N calls', () =>
      desk.locator('[data-testid="current-status"][data-status="called"]').waitFor(),
    );
    expect(await desk.getByTestId('current-number').textContent()).toContain(number);
    await screenshot(desk, 'bookings-desk-called');
    await desk.close();

    // 09:40: the 09:15 booking's check-in window has closed; its code gives a walk-in ticket, and says so.
    offset = view.startAt + 40 * MIN - Date.now();
    const late = await kioskPage(browser, h.url, PORTRAIT);
    await late.keyboard.type(lateCode);
    await late.keyboard.press('Enter');
    await step('the late code gives a walk-in ticket', () =>
      late.locator('[data-testid="ticket"][data-booking="late"]').waitFor(),
    );
    expect(await late.getByTestId('ticket-late').textContent()).toBe(t('kk', 'checkin.becameWalkIn'));
    await screenshot(late, 'bookings-kiosk-late-portrait');
    await late.close();

    // The head's report of the day: one booked arrival, one walk-in, called a minute after the slot.
    const head = await headPage(browser, h.url);
    await head.getByTestId('tab-reports').click();
    await expect.poll(() => head.getByTestId('kpi-arrived').textContent()).toBe('3');
    expect(await head.getByTestId('kpi-booked').textContent()).toBe('1');
    expect(await head.getByTestId('kpi-walkin').textContent()).toBe('2');
    await screenshot(head, 'bookings-head-report');
    await head.close();
  }, 120_000);

  it('says every check-in refusal on the kiosk and types the code on its own keys, portrait', async () => {
    const kiosk = await kioskPage(browser, h.url, PORTRAIT);
    await kiosk.getByTestId('checkin-start').tap();
    await kiosk.getByTestId('checkin').waitFor();
    for (const k of ['7', 'K', 'Q', '4', 'M', '2', 'X', 'D']) await kiosk.getByTestId(`code-key-${k}`).tap();
    expect(await kiosk.getByTestId('checkin-typed').textContent()).toBe('7KQ4M2XD');
    await kiosk.getByTestId('checkin-submit').tap();
    await expect
      .poll(() => kiosk.getByTestId('checkin-problem').textContent())
      .toContain(t('kk', 'checkin.refused.unknown'));
    await screenshot(kiosk, 'bookings-kiosk-unknown-portrait');
    // Back returns to the start like every other screen.
    await kiosk.getByTestId('back').tap();
    await kiosk.getByTestId('sector-legal').waitFor();
    await kiosk.close();
  }, 60_000);

  it('cancels a booking from the phone by its code and frees the slot', async () => {
    const day = addDays(localDate(clock(), ZONE), 2);
    const phone = await phonePage();
    await phone.getByTestId('lang-ru').tap();
    await bookFirstSlot(phone, day, 'Иван Петров', '+7 777 111 22 33');
    const code = (await phone.getByTestId('booking-code').getAttribute('data-code')) ?? '';
    await phone.getByTestId('lookup-code').fill(code);
    await phone.getByTestId('lookup-find').tap();
    await phone.getByTestId('lookup-cancel').tap();
    // One tap asks again; the second cancels.
    expect(await phone.getByTestId('lookup-cancel').textContent()).toContain(t('ru', 'book.cancelConfirm'));
    await phone.getByTestId('lookup-cancel').tap();
    await phone.getByTestId('lookup-cancelled').waitFor();
    expect(await phone.getByTestId('lookup-cancelled').textContent()).toBe(t('ru', 'book.cancelled'));
    await screenshot(phone, 'bookings-phone-cancelled');
    await phone.close();

    // At desk size, under the office's Content-Security-Policy, with nothing the policy refuses.
    const desk = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const violations: string[] = [];
    await desk.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await desk.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(e.violatedDirective),
      ),
    );
    const res = await fetch(`${h.url}/book`);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    await desk.goto(`${h.url}/book?lang=en`);
    await desk.getByTestId('book-sector-legal').click();
    await screenshot(desk, 'bookings-desk-size-page');
    expect(violations).toEqual([]);
    await desk.close();
  }, 60_000);
});
