// The shell's small JSON config in app.getPath('userData'): role, server, monitor, printer, PIN hash.
// Written to a temp file and renamed, so a power cut mid-write leaves the old file, never half a file.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShellArgs } from './args.js';
import type { PinHash } from './pin.js';
import { isRole, normalizeServer, type ShellRole } from './roles.js';

export interface ShellConfig {
  role: ShellRole;
  /** Origin of the office server, e.g. "http://192.168.1.10:8080". */
  server: string;
  /** Display role: which monitor (0 = primary's place in the system list). */
  screen: number;
  /** Operator role: keep the desk window above other programs. */
  alwaysOnTop: boolean;
  /** Operator role: the global "call next" key (an Electron accelerator). */
  callNextHotkey: string;
  /** Kiosk role: local printer ("device:/dev/usb/lp0", "serial:COM3?baud=9600", "tcp://host:9100"). */
  printer?: string;
  /** Kiosk role: the staff PIN for the settings page; absent until staff set one at first run. */
  pin?: PinHash;
  /** Language of the shell's own pages (connecting, settings). */
  lang: 'kk' | 'ru' | 'en';
}

export const CONFIG_FILE = 'kezek-shell.json';

export const DEFAULTS: Omit<ShellConfig, 'role' | 'server'> = {
  screen: 0,
  alwaysOnTop: false,
  callNextHotkey: 'F9',
  lang: 'kk',
};

/** The saved config, or null when there is none yet or it cannot be used (then first run starts again). */
export function loadConfig(dir: string): ShellConfig | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, CONFIG_FILE), 'utf8'));
  } catch {
    return null;
  }
  return parseConfig(raw);
}

export function parseConfig(raw: unknown): ShellConfig | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const server = typeof r['server'] === 'string' ? normalizeServer(r['server']) : null;
  if (!isRole(r['role']) || !server) return null;
  const pin = r['pin'] as Partial<PinHash> | undefined;
  return {
    role: r['role'],
    server,
    screen: Number.isInteger(r['screen']) && (r['screen'] as number) >= 0 ? (r['screen'] as number) : 0,
    alwaysOnTop: r['alwaysOnTop'] === true,
    callNextHotkey:
      typeof r['callNextHotkey'] === 'string' && r['callNextHotkey'] !== ''
        ? r['callNextHotkey']
        : DEFAULTS.callNextHotkey,
    ...(typeof r['printer'] === 'string' && r['printer'] !== '' ? { printer: r['printer'] } : {}),
    ...(typeof pin?.salt === 'string' && typeof pin.hash === 'string'
      ? { pin: { salt: pin.salt, hash: pin.hash } }
      : {}),
    lang: r['lang'] === 'ru' || r['lang'] === 'en' ? r['lang'] : 'kk',
  };
}

export function saveConfig(dir: string, config: ShellConfig): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, CONFIG_FILE);
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

/**
 * What this start runs with: switches win over the saved config. With a role and a server from the
 * switches a device starts without the first-run page (a scripted install); otherwise null asks for it.
 */
export function resolveLaunch(args: ShellArgs, saved: ShellConfig | null): ShellConfig | null {
  const base = args.reset ? null : saved;
  const role = args.role ?? base?.role;
  const server = args.server ?? base?.server;
  if (!role || !server) return null;
  return {
    ...DEFAULTS,
    ...base,
    role,
    server,
    ...(args.screen !== undefined ? { screen: args.screen } : {}),
  };
}
