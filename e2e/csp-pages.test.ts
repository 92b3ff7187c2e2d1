// Every page the server sends carries the Content-Security-Policy, and every one of them works under it
// in Chromium: no violation is reported while it loads, connects and draws (the head's charts included).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@kezek/shared';
import { launchBrowser, signIn } from './support/browser.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(tempDataDir());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function watched(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  return { page, violations };
}

describe('the pages under their Content-Security-Policy', () => {
  it('sends the policy with every page and none of the pages breaks it', async () => {
    for (const path of ['/', '/kiosk/', '/display/', '/open', '/operator/']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
    for (const path of ['/kiosk/', '/display/', '/open']) {
      const { page, violations } = await watched();
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      expect(violations, path).toEqual([]);
      await page.close();
    }
    const { page, violations } = await watched();
    await signIn(page, server.url, 'head', 'kezek-head');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    expect(violations, 'the head').toEqual([]);
    await page.close();
  });
});
