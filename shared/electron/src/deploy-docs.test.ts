// docs/deploy.md walks an installer through the shell and the lock-down; these hold that what it quotes
// is what the shell and its files really are, so the page cannot drift from the code.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_SCREEN_FLAGS, kioskCommandFromDocs } from './chromium-kiosk-flags.js';
import { CONFIG_FILE } from './config-store.js';
import { PIN_DIGITS } from './pin.js';
import { PIN_GUARD } from './pin-guard.js';
import { STAFF_QUIT_EXIT_CODE } from './restart.js';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/deploy.md', import.meta.url)), 'utf8');
const shipped = (folder: string) => readdirSync(fileURLToPath(new URL(`../${folder}/`, import.meta.url)));

describe('docs/deploy.md', () => {
  it('quotes exactly the Chromium kiosk command of chromium-kiosk-flags.ts, nothing more or less', () => {
    const quoted = kioskCommandFromDocs(doc);
    expect(quoted.slice(0, 3)).toEqual(['chromium', '--kiosk', '--app=http://SERVER:8080/kiosk/']);
    expect(quoted[3]).toMatch(/^--user-data-dir=\S+$/);
    expect(quoted.slice(4)).toEqual([...CHROMIUM_SCREEN_FLAGS]);
  });

  it('names only files the shell ships in its resources folder', () => {
    const linux = [...doc.matchAll(/\/opt\/Kezek\/resources\/linux\/([\w.-]+)/g)].map((m) => m[1]);
    const windows = [...doc.matchAll(/resources\\windows\\([\w.-]+)/g)].map((m) => m[1]);
    expect(linux.length).toBeGreaterThan(0);
    for (const name of linux) expect(shipped('linux'), name).toContain(name);
    expect(windows.length).toBeGreaterThan(0);
    for (const name of windows) expect(shipped('windows'), name).toContain(name);
  });

  it('signs the kiosk in to the session the shipped xsessions file defines', () => {
    const session = /autologin-session=([\w-]+)/.exec(doc)?.[1];
    expect(shipped('linux')).toContain(`${session}.desktop`);
  });

  it("gives Shell Launcher the shell's own staff-quit code (do nothing) and --supervised", () => {
    const line = doc.split('\n').find((l) => l.includes('SetCustomShell('));
    expect(line).toContain('"C:\\Program Files\\Kezek\\kezek.exe" --supervised');
    expect(line).toContain(`([int[]]@(${STAFF_QUIT_EXIT_CODE})), ([int[]]@(3)), 0)`);
    expect(doc).toContain(`exit code ${STAFF_QUIT_EXIT_CODE}`);
  });

  it("states the PIN's length and the wrong-PIN delays as the shell enforces them", () => {
    expect(doc).toContain(`**staff PIN** (${PIN_DIGITS.min}–${PIN_DIGITS.max} digits, required)`);
    expect(doc).toContain(`Three wrong PINs are free`);
    expect(PIN_GUARD.freeTries).toBe(3);
    expect(doc).toContain(`${PIN_GUARD.firstDelayMs / 1000} s`);
    expect(doc).toContain(`up to ${PIN_GUARD.maxDelayMs / 60_000} min`);
  });

  it('names the config file where the shell keeps it', () => {
    expect(doc).toContain(`%APPDATA%\\Kezek\\${CONFIG_FILE}`);
    expect(doc).toContain(`~/.config/Kezek/${CONFIG_FILE}`);
  });

  it('walks through the lock-down on Windows and on Linux, screensaver included', () => {
    for (const heading of [
      '### Locking down a kiosk or display (the operating system)',
      '#### Windows 10/11 Enterprise, Education or IoT Enterprise: Shell Launcher',
      '#### Windows Pro',
      '#### Linux: a bare kiosk session',
      '#### Screensaver and lock screen',
    ]) {
      expect(doc).toContain(heading);
    }
  });
});
