// The shell's small JSON config in app.getPath('userData'): role, server, monitor, printer, PIN hash.
// Written to a temp file and renamed, so a power cut mid-write leaves the old file, never half a file.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAccelerator } from './accelerator.js';
import type { ShellArgs } from './args.js';
import { normalizeFingerprint } from './cert-fingerprint.js';
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
  /** Kiosk and display: the staff PIN for the settings page; absent until staff set one at first run. */
  pin?: PinHash;
  /**
   * An https server's certificate, pinned when the device was set up (SHA-256, colon-separated hex as
   * Node's X509Certificate.fingerprint256 writes it). Only this certificate is accepted from the server.
   */
  certFingerprint?: string;
  /** Language of the shell's own pages (connecting, settings). */
  lang: 'kk' | 'ru' | 'en';
}

export const CONFIG_FILE = 'kezek-shell.json';

/** The shell's folder in the system's app-data folder: %APPDATA%\Kezek, ~/.config/Kezek. */
export function configDirIn(appData: string): string {
  return join(appData, 'Kezek');
}

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
    // A hand-edited key that is no accelerator would make globalShortcut.register throw at start.
    callNextHotkey:
      typeof r['callNextHotkey'] === 'string' && isAccelerator(r['callNextHotkey'])
        ? r['callNextHotkey']
        : DEFAULTS.callNextHotkey,
    ...(typeof r['printer'] === 'string' && r['printer'] !== '' ? { printer: r['printer'] } : {}),
    ...(typeof pin?.salt === 'string' && typeof pin.hash === 'string'
      ? { pin: { salt: pin.salt, hash: pin.hash } }
      : {}),
    ...(typeof r['certFingerprint'] === 'string' &&
    normalizeFingerprint(r['certFingerprint']) === r['certFingerprint']
      ? { certFingerprint: r['certFingerprint'] }
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

/** Roles a visitor can touch or see: they never run without a staff PIN guarding their settings. */
export function needsPin(config: Pick<ShellConfig, 'role' | 'pin'>): boolean {
  return config.role !== 'operator' && !config.pin;
}

export interface Launch {
  /** What to run, or null when the first-run page must ask for the role and server. */
  config: ShellConfig | null;
  /** True when the config came from the switches and is not saved yet. */
  seeded: boolean;
  /** Switches that were given but lost to the saved config (main.ts says so on stderr). */
  ignored: string[];
}

/**
 * What this start runs with. Saved settings win: the switches only seed a device that has none (a
 * scripted install), so what staff change later is not undone by the shortcut's switches at the next
 * start. `--reset` forgets the saved settings, and the switches then seed again.
 */
export function resolveLaunch(args: ShellArgs, saved: ShellConfig | null): Launch {
  const given = (['role', 'server', 'screen'] as const).filter((k) => args[k] !== undefined);
  const base = args.reset ? null : saved;
  if (base) return { config: base, seeded: false, ignored: given.map((k) => `--${k}`) };
  if (!args.role || !args.server) return { config: null, seeded: false, ignored: [] };
  return {
    config: {
      ...DEFAULTS,
      role: args.role,
      server: args.server,
      ...(args.screen !== undefined ? { screen: args.screen } : {}),
    },
    seeded: true,
    ignored: [],
  };
}
