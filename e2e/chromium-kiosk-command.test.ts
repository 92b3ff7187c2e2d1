// docs/deploy.md's "Chromium in kiosk mode" section, run as written: Debian's Chromium is started with the
// command the page quotes (read from the page, not a copy) and the hall display and kiosk must work.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsCommand, launchDocsChromium } from './support/docs-chromium.js';
import { startServer, tempDataDir, type ServerProcess } from './support/server-process.js';

let server: ServerProcess;
const profile = () => mkdtempSync(join(tmpdir(), 'kezek-chromium-'));

beforeAll(async () => {
  server = await startServer(tempDataDir());
});
afterAll(async () => {
  await server?.stop();
});

async function displayAsksForTap(command: string[], userDataDir: string): Promise<boolean> {
  const chromium = await launchDocsChromium(command, userDataDir);
  try {
    await chromium.page.getByTestId('no-calls').waitFor({ timeout: 30_000 });
    return (await chromium.page.getByTestId('enable-sound').count()) > 0;
  } finally {
    await chromium.close();
  }
}

describe("the docs' Chromium kiosk command", () => {
  it('opens the hall display, which plays sound without anyone tapping', async () => {
    const dir = profile();
    expect(await displayAsksForTap(docsCommand(server.url, 'display', dir), dir)).toBe(false);
  });

  it('without its autoplay flag the same display would need a tap (so the check above can fail)', async () => {
    // Once, in a full CI run with other browsers busy, a fresh profile without the flag was let start
    // audio at once (cause not found; never reproduced alone or under CPU load). The control still holds
    // if a second fresh profile asks: a flag that made no difference would make both start silently.
    let asked = false;
    for (let attempt = 0; attempt < 2 && !asked; attempt++) {
      const dir = profile();
      const command = docsCommand(server.url, 'display', dir).filter(
        (a) => !a.startsWith('--autoplay-policy'),
      );
      asked = await displayAsksForTap(command, dir);
    }
    expect(asked).toBe(true);
  });

  it('opens the kiosk ready to issue, and its profile keeps the pairing across a restart', async () => {
    const dir = profile();
    const kioskDevices = () =>
      (
        JSON.parse(readFileSync(join(server.dataDir, 'settings.json'), 'utf8')) as {
          devices: { kind: string }[];
        }
      ).devices.filter((d) => d.kind === 'kiosk').length;
    for (let start = 0; start < 2; start++) {
      const chromium = await launchDocsChromium(docsCommand(server.url, 'kiosk', dir), dir);
      try {
        await chromium.page.getByTestId('sector-legal').waitFor({ timeout: 30_000 });
      } finally {
        await chromium.close();
      }
      expect(kioskDevices(), `after start ${start + 1}`).toBe(1);
    }
  });
});
