// Debian's Chromium driven by playwright-core (never a downloaded browser), with the flags that make it
// run headless as root on a machine without network. Playwright gives each launch a fresh profile.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_SCREEN_FLAGS } from '../../shared/electron/src/chromium-kiosk-flags.js';
import { ROOT } from './server-process.js';

export const ARTIFACTS = join(ROOT, 'test-artifacts');

export function chromiumPath(): string {
  const path = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!path) throw new Error('Chromium is missing: apt-get install -y chromium (.ci/run does this)');
  return path;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // The flags docs/deploy.md gives for Chromium kiosks and displays, so tests run what offices run;
      // except --disable-features, because Chromium keeps only the last one and Playwright passes its own.
      ...CHROMIUM_SCREEN_FLAGS.filter((flag) => !flag.startsWith('--disable-features=')),
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/** Signs a member of staff in to the staff app in `page`. */
export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/operator/`);
  await page.getByTestId('username').fill(username);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('login').click();
}

/** The office head's app in a new page, signed in with the demo office's password. */
export async function headPage(browser: Browser, url: string, height = 1000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height } });
  await signIn(page, url, 'head', 'kezek-head');
  return page;
}
