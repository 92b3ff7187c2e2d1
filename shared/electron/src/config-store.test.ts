import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseShellArgs } from './args.js';
import {
  CONFIG_FILE,
  loadConfig,
  needsPin,
  parseConfig,
  resolveLaunch,
  saveConfig,
  type ShellConfig,
} from './config-store.js';

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

  it('saved settings win over the switches, which are reported as ignored', () => {
    const launch = resolveLaunch(parseShellArgs(['--server=10.0.0.9', '--screen=2']), kiosk);
    expect(launch).toEqual({ config: kiosk, seeded: false, ignored: ['--server', '--screen'] });
  });

  it('switches seed a device with nothing saved; without a role and a server first run is asked for', () => {
    expect(resolveLaunch(parseShellArgs(['--role=display']), null).config).toBeNull();
    const seeded = resolveLaunch(parseShellArgs(['--role=display', '--server=10.0.0.5', '--screen=1']), null);
    expect(seeded.seeded).toBe(true);
    expect(seeded.config).toMatchObject({ role: 'display', screen: 1, callNextHotkey: 'F9' });
    expect(seeded.config?.pin).toBeUndefined();
  });

  it('--reset forgets the saved settings, and the switches then seed again', () => {
    expect(resolveLaunch(parseShellArgs(['--reset']), kiosk).config).toBeNull();
    const again = resolveLaunch(parseShellArgs(['--reset', '--role=operator', '--server=10.0.0.7']), kiosk);
    expect(again).toMatchObject({
      seeded: true,
      config: { role: 'operator', server: 'http://10.0.0.7:8080' },
    });
  });

  it('a kiosk or a display without a PIN needs one before its window opens; a desk does not', () => {
    expect(needsPin({ role: 'kiosk' })).toBe(true);
    expect(needsPin({ role: 'display' })).toBe(true);
    expect(needsPin({ role: 'operator' })).toBe(false);
    expect(needsPin({ role: 'kiosk', pin: { salt: 'aa', hash: 'bb' } })).toBe(false);
  });

  it('a hand-edited hotkey that is no accelerator falls back to F9 instead of throwing at register', () => {
    expect(parseConfig({ ...kiosk, role: 'operator', callNextHotkey: 'Ctrl+' })?.callNextHotkey).toBe('F9');
    expect(parseConfig({ ...kiosk, role: 'operator', callNextHotkey: 'Ctrl+F2' })?.callNextHotkey).toBe(
      'Ctrl+F2',
    );
  });

  it('keeps a pinned certificate fingerprint only when it is a SHA-256 one', () => {
    const fp = Array.from({ length: 32 }, () => 'AB').join(':');
    expect(parseConfig({ ...kiosk, certFingerprint: fp })?.certFingerprint).toBe(fp);
    expect(parseConfig({ ...kiosk, certFingerprint: 'AB:CD' })?.certFingerprint).toBeUndefined();
  });
});
