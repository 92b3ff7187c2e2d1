// Starts Debian's Chromium with the kiosk command docs/deploy.md quotes, read from the page itself, and
// attaches playwright-core to it over the DevTools protocol. Only SERVER and the profile folder are
// filled in, plus what a test machine needs: no screen (headless), root (no sandbox), no GPU, and a
// DevTools port to attach to.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { kioskCommandFromDocs } from '../../shared/electron/src/chromium-kiosk-flags.js';
import { chromiumPath } from './browser.js';
import { ROOT } from './server-process.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const TEST_MACHINE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--remote-debugging-port=0',
];

export interface DocsChromium {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** The docs' command for `role` on `serverUrl` ("/display/ instead of /kiosk/ for a hall display"). */
export function docsCommand(serverUrl: string, role: 'kiosk' | 'display', userDataDir: string): string[] {
  const quoted = kioskCommandFromDocs(readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8'));
  return quoted.map((arg) =>
    arg.startsWith('--app=')
      ? arg.replace('http://SERVER:8080', serverUrl).replace('/kiosk/', `/${role}/`)
      : arg.startsWith('--user-data-dir=')
        ? `--user-data-dir=${userDataDir}`
        : arg,
  );
}

export async function launchDocsChromium(
  command: readonly string[],
  userDataDir: string,
): Promise<DocsChromium> {
  const [, ...args] = command;
  const portFile = join(userDataDir, 'DevToolsActivePort');
  rmSync(portFile, { force: true }); // a second start in the same profile: the old port is stale
  const child: ChildProcess = spawn(chromiumPath(), [...args, ...TEST_MACHINE_FLAGS], { stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 30_000;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').trim() === '') {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error('Chromium did not open its DevTools port');
    await sleep(100);
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const app = /^--app=(.*)$/.exec(command.find((a) => a.startsWith('--app=')) ?? '')?.[1] ?? '';
  let page: Page | undefined;
  while (!page) {
    if (Date.now() > deadline) throw new Error(`Chromium did not open ${app}`);
    page = browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith(app));
    if (!page) await sleep(100);
  }
  return {
    browser,
    page,
    /** Quits as a person closing the window would, so the profile (the pairing token) is written out. */
    async close() {
      const cdp = await browser.newBrowserCDPSession().catch(() => undefined);
      await cdp?.send('Browser.close').catch(() => {});
      const quit = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!quit) child.kill('SIGKILL');
      await exited;
    },
  };
}
