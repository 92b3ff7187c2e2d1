// The built preloads and the settings page, run for real: the preloads' code in a sandbox-like context
// with a fake `electron` (what they may require), the main-world guard and the settings page in Debian's
// Chromium. npm test builds first, like electron-builder.test.ts, so dist/ holds what would be packed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SetupState } from './channels.js';
import { setupValues } from './setup-form.js';
import { setupPageUrl } from './setup-page.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');

type Listener = (event: Record<string, unknown>) => void;

/** Runs a built preload with a fake electron and window; returns what it registered and sent. */
function runPreload(name: string) {
  const code = readFileSync(join(ROOT, `shared/electron/dist/preload-${name}.cjs`), 'utf8');
  const sent: string[] = [];
  const listeners: Record<string, Listener[]> = {};
  const mainWorld: { func?: () => void } = {};
  const electron = {
    ipcRenderer: { send: (channel: string) => void sent.push(channel), invoke: async () => undefined },
    contextBridge: {
      exposeInMainWorld: () => {},
      executeInMainWorld: (script: { func: () => void }) => void (mainWorld.func = script.func),
    },
  };
  const window = {
    addEventListener: (type: string, fn: Listener) => void (listeners[type] ??= []).push(fn),
  };
  const require = (id: string) => {
    if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
    return electron;
  };
  runInNewContext(code, { require, window, exports: {}, module: { exports: {} } });
  const fire = (type: string, event: Record<string, unknown>) => listeners[type]?.forEach((fn) => fn(event));
  return { sent, fire, mainWorld };
}

describe('the unattended preload (kiosk and display)', () => {
  it('counts only real taps in the corner: a script-made event is not a staff tap', () => {
    const { sent, fire } = runPreload('unattended');
    fire('pointerdown', { isTrusted: false, clientX: 5, clientY: 5 });
    expect(sent).toEqual([]);
    fire('pointerdown', { isTrusted: true, clientX: 300, clientY: 5 });
    expect(sent).toEqual([]);
    fire('pointerdown', { isTrusted: true, clientX: 5, clientY: 5 });
    expect(sent).toEqual(['kezek:corner-tap']);
  });

  it('the kiosk bridge no longer sends taps of its own (the unattended preload does, once)', () => {
    const { sent, fire } = runPreload('kiosk');
    fire('pointerdown', { isTrusted: true, clientX: 5, clientY: 5 });
    expect(sent).toEqual([]);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  afterAll(async () => browser?.close());

  async function fileChoosersAfterClicks(page: Page): Promise<number> {
    let choosers = 0;
    page.on('filechooser', () => void choosers++);
    await page.click('#f');
    await page.click('#l');
    await page.evaluate(() => (document.getElementById('f') as HTMLInputElement).click());
    await page.waitForTimeout(300);
    return choosers;
  }

  const FORM = '<input type="file" id="f"><label for="f" id="l">file</label><input type="date" id="d">';

  it('without the guard a click on a file input opens a chooser (the control)', async () => {
    const page = await browser.newPage();
    await page.setContent(FORM);
    expect(await fileChoosersAfterClicks(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('the guard the unattended preload runs in the page: no file chooser, no print dialog', async () => {
    const { mainWorld } = runPreload('unattended');
    expect(mainWorld.func).toBeTypeOf('function');
    const page = await browser.newPage();
    await page.setContent(FORM);
    await page.evaluate(`(${String(mainWorld.func)})()`);
    expect(await fileChoosersAfterClicks(page)).toBe(0);
    // The page cannot put the real print back: the property is locked.
    const print = await page.evaluate(() => {
      const before = window.print;
      try {
        window.print = () => alert('x');
      } catch {
        // strict pages throw; ours is sloppy and the assignment is dropped
      }
      return { same: window.print === before, native: /native code/.test(String(window.print)) };
    });
    expect(print).toEqual({ same: true, native: false });
    await page.close();
  });

  async function settingsPage(state: SetupState, unlock: unknown = { ok: true }): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 560, height: 760 } });
    await page.addInitScript(
      ([s, u]) => {
        const calls: string[] = [];
        Object.assign(window, {
          calls,
          kezekSetup: {
            state: async () => s,
            unlock: async () => u,
            save: async () => ({ ok: true }),
            quit: () => calls.push('quit'),
            active: () => calls.push('active'),
          },
        });
      },
      [state, unlock] as const,
    );
    await page.goto(setupPageUrl());
    return page;
  }

  it('a wrong PIN shows the wait and keeps the button off until it is over', async () => {
    const values = setupValues({ role: 'kiosk', server: 'http://10.0.0.5:8080' });
    const page = await settingsPage(
      { locked: true, waitSeconds: 0, values },
      { ok: false, retryInSeconds: 30 },
    );
    await page.fill('#lock input[name=pin]', '000000');
    await page.click('#lock button');
    await expect.poll(() => page.textContent('#lockErr')).toContain('30');
    expect(await page.isDisabled('#lock button')).toBe(true);
    await screenshot(page, 'shell-settings-pin-wait');
    await page.close();
  });

  it('first run of a kiosk asks for the PIN, and for the fingerprint of an https server', async () => {
    const values = setupValues({ role: 'kiosk', server: 'http://10.0.0.5:8080' });
    const page = await settingsPage({ locked: false, waitSeconds: 0, values, notice: 'pinRequired' });
    await expect.poll(() => page.isVisible('#notice')).toBe(true);
    expect(await page.textContent('#notice')).toContain('PIN');
    expect(await page.isVisible('input[name=pin]')).toBe(true);
    expect(await page.isVisible('input[name=certFingerprint]')).toBe(false);
    await page.fill('input[name=server]', '  https://10.0.0.5:8443');
    expect(await page.isVisible('input[name=certFingerprint]')).toBe(true);
    await page.click('input[value=operator]');
    expect(await page.isVisible('input[name=pin]')).toBe(false);
    await page.click('input[value=display]');
    expect(await page.isVisible('input[name=pin]')).toBe(true);
    await page.click('[data-lang=ru]');
    expect(await page.textContent('#notice')).toContain('PIN-код');
    await screenshot(page, 'shell-settings-first-run');
    expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toContain('active');
    await page.close();
  });
});

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}
