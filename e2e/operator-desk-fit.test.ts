// The specialist's desk at the sizes of real desk PCs (1366x768, and a compact 480x640 window beside other
// office software): every action of the moment is on the first screen, the paused desk shows how to
// resume, calling a number while paused does what it says, and "My day" reads as it adds up.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { OfficeDriver } from './support/office-driver.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;
let office: OfficeDriver;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(tempDataDir()), launchBrowser()]);
  office = new OfficeDriver(server.url);
});
afterAll(async () => {
  office?.close();
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string, deskId: string): Promise<void> {
  await page.goto(`${server.url}/operator/`);
  await page.getByTestId('username').fill(username);
  await page.getByTestId('password').fill('kezek');
  await page.keyboard.press('Enter');
  await page.getByTestId(`desk-${deskId}`).click();
  await page.getByTestId('desk-title').waitFor();
}

async function key(page: Page, k: string): Promise<void> {
  await page.keyboard.press(k);
  await page.locator('[data-testid="actions"][data-busy="false"]').waitFor({ timeout: 10_000 });
}

async function expectCurrent(page: Page, number: string): Promise<void> {
  await expect.poll(() => page.getByTestId('current-number').textContent(), { timeout: 5000 }).toBe(number);
}

/** Whether the element is drawn inside the window as it is, without scrolling. */
async function onFirstScreen(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox();
  const view = page.viewportSize();
  return (
    !!box && !!view && box.y >= 0 && box.y + box.height <= view.height && box.x + box.width <= view.width
  );
}

describe('the operator desk at real sizes', () => {
  it('at 1366x768 shows no-show, transfer and pause without scrolling once a visitor is called', async () => {
    await office.issue('legal', 'ru');
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, 'op1', 'desk-1');
    await key(page, 'n');
    await expectCurrent(page, 'A001');
    await screenshot(page, 'operator-fit-1-1366-called');
    for (const id of ['current-number', 'recall', 'start', 'no-show', 'return', 'transfer', 'pause'])
      expect(await onFirstScreen(page, id), id).toBe(true);
    await key(page, 's');
    await screenshot(page, 'operator-fit-2-1366-serving');
    for (const id of ['finish-solved', 'finish-redirected', 'finish-next-solved', 'transfer'])
      expect(await onFirstScreen(page, id), id).toBe(true);
    await key(page, 'Digit1');
    await page.getByTestId('current-none').waitFor();
    await page.close();
  });

  it('"My day" lists the outcomes under "Served", the visits they add up to', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, 'op1', 'desk-1');
    await page.getByTestId('my-served').waitFor();
    const rows = await page
      .getByTestId('my-day')
      .locator('dt')
      .evaluateAll((dts) =>
        dts.map((dt) => ({ text: dt.textContent ?? '', outcome: dt.classList.contains('outcome') })),
      );
    const first = rows.findIndex((r) => r.outcome);
    const last = rows.findLastIndex((r) => r.outcome);
    expect(rows[first - 1]?.text).toBe('Қабылданды');
    expect(rows.slice(first, last + 1).every((r) => r.outcome)).toBe(true);
    await page.getByTestId('my-day').scrollIntoViewIfNeeded();
    await screenshot(page, 'operator-fit-3-my-day');
    await page.close();
  });

  it('at 480x640 a paused specialist sees the resume button and calling a number resumes and calls it', async () => {
    await office.issue('self-service', 'ru');
    await office.issue('self-service', 'ru');
    const page = await browser.newPage({ viewport: { width: 480, height: 640 } });
    await signIn(page, 'op2', 'desk-2');
    await page.keyboard.press('p');
    await page.getByTestId('pause-picker').waitFor();
    await key(page, 'Digit1');
    await page.getByTestId('paused').waitFor();
    await screenshot(page, 'operator-fit-4-480-paused');
    expect(await onFirstScreen(page, 'paused-resume')).toBe(true);

    // Call B002 by number while paused: F, type, Enter. The desk resumes and calls it.
    await page.keyboard.press('f');
    expect(await page.getByTestId('ticket-search').isEnabled()).toBe(true);
    await page.keyboard.type('b002');
    await screenshot(page, 'operator-fit-5-480-paused-search');
    await page.keyboard.press('Enter');
    await expectCurrent(page, 'B002');
    await page.getByTestId('paused').waitFor({ state: 'detached' });
    await screenshot(page, 'operator-fit-6-480-called-by-number');

    // The banner's own button resumes too.
    await key(page, 's');
    await key(page, 'Digit1');
    await page.keyboard.press('p');
    await key(page, 'Digit2');
    await page.getByTestId('paused-resume').click();
    await page.getByTestId('paused').waitFor({ state: 'detached' });
    await page.close();
  });
});
