import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseShellArgs } from './args.js';
import { CONFIG_FILE, loadConfig, resolveLaunch, saveConfig, type ShellConfig } from './config-store.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kezek-shell-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const kiosk: ShellConfig = {
  role: 'kiosk',
  server: 'http://10.0.0.5:8080',
  screen: 0,
  alwaysOnTop: false,
  callNextHotkey: 'F9',
  printer: 'device:/dev/usb/lp0',
  pin: { salt: 'aa', hash: 'bb' },
  lang: 'kk',
};

describe('shell config store', () => {
  it('remembers the config across starts', () => {
    const dir = tempDir();
    saveConfig(join(dir, 'nested'), kiosk);
    expect(loadConfig(join(dir, 'nested'))).toEqual(kiosk);
  });

  it('a missing, broken or foreign file means first run, not a crash', () => {
    const dir = tempDir();
    expect(loadConfig(dir)).toBeNull();
    writeFileSync(join(dir, CONFIG_FILE), '{"role": "kio');
    expect(loadConfig(dir)).toBeNull();
    writeFileSync(join(dir, CONFIG_FILE), JSON.stringify({ role: 'printer', server: '10.0.0.5' }));
    expect(loadConfig(dir)).toBeNull();
  });

  it('fills defaults for fields an older file lacks', () => {
    const dir = tempDir();
    writeFileSync(join(dir, CONFIG_FILE), JSON.stringify({ role: 'operator', server: '10.0.0.5' }));
    expect(loadConfig(dir)).toEqual({
      role: 'operator',
      server: 'http://10.0.0.5:8080',
      screen: 0,
      alwaysOnTop: false,
      callNextHotkey: 'F9',
      lang: 'kk',
    });
  });

  it('leaves no temp file behind and keeps the PIN only as a hash', () => {
    const dir = tempDir();
    saveConfig(dir, kiosk);
    const text = readFileSync(join(dir, CONFIG_FILE), 'utf8');
    expect(JSON.parse(text).pin).toEqual({ salt: 'aa', hash: 'bb' });
    expect(() => readFileSync(join(dir, `${CONFIG_FILE}.tmp`))).toThrow();
  });

  it('switches win over the saved config; without a role or server first run is asked for', () => {
    const moved = resolveLaunch(parseShellArgs(['--server=10.0.0.9', '--screen=2']), kiosk);
    expect(moved).toMatchObject({
      role: 'kiosk',
      server: 'http://10.0.0.9:8080',
      screen: 2,
      printer: kiosk.printer,
    });
    expect(resolveLaunch(parseShellArgs(['--role=display']), null)).toBeNull();
    expect(resolveLaunch(parseShellArgs(['--role=display', '--server=10.0.0.5']), null)).toMatchObject({
      role: 'display',
      callNextHotkey: 'F9',
    });
    expect(resolveLaunch(parseShellArgs(['--reset']), kiosk)).toBeNull();
  });
});
