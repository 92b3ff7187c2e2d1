// The settings form's rules: what a first-run or staff edit may save. Plain, so the main process only
// calls it and tests can hold it.
import { isAccelerator } from './accelerator.js';
import { normalizeFingerprint } from './cert-fingerprint.js';
import type { SetupInput, SetupSaveResult } from './channels.js';
import { DEFAULTS, type ShellConfig } from './config-store.js';
import { hashPin, isValidPin } from './pin.js';
import { parsePrinter } from './printer-transport.js';
import { isRole, normalizeServer } from './roles.js';

/** The form as it opens: the saved config, or the defaults (and the switches) on first run. */
export function setupValues(config: Partial<ShellConfig> | null): SetupInput {
  return {
    role: config?.role ?? '',
    server: config?.server ?? '',
    screen: String(config?.screen ?? DEFAULTS.screen),
    printer: config?.printer ?? '',
    pin: '',
    alwaysOnTop: config?.alwaysOnTop ?? DEFAULTS.alwaysOnTop,
    callNextHotkey: config?.callNextHotkey ?? DEFAULTS.callNextHotkey,
    certFingerprint: config?.certFingerprint ?? '',
    lang: config?.lang ?? DEFAULTS.lang,
  };
}

/**
 * The config to save, or the fields that are wrong. An empty PIN keeps the old one; a kiosk and a display
 * must have a PIN, since without one their settings (and so the way out) would be open to visitors. An
 * https server's certificate is pinned afterwards (cert-pin.ts), since that needs the network.
 */
export function applySetup(
  input: SetupInput,
  previous: ShellConfig | null,
): { ok: true; config: ShellConfig } | Extract<SetupSaveResult, { ok: false }> {
  const fields: (keyof SetupInput)[] = [];
  const server = normalizeServer(input.server);
  const screen = Number(input.screen || '0');
  const printer = input.printer.trim();
  if (!isRole(input.role)) fields.push('role');
  if (!server) fields.push('server');
  if (!Number.isInteger(screen) || screen < 0 || screen > 16) fields.push('screen');
  if (printer !== '' && !parsePrinter(printer)) fields.push('printer');
  if (input.pin !== '' && !isValidPin(input.pin)) fields.push('pin');
  if (input.role !== 'operator' && input.pin === '' && !previous?.pin) fields.push('pin');
  if (!isAccelerator(input.callNextHotkey)) fields.push('callNextHotkey');
  if (input.certFingerprint.trim() !== '' && !normalizeFingerprint(input.certFingerprint)) {
    fields.push('certFingerprint');
  }
  if (fields.length > 0 || !isRole(input.role) || !server) return { ok: false, fields };
  const pin = input.pin !== '' ? hashPin(input.pin) : previous?.pin;
  return {
    ok: true,
    config: {
      role: input.role,
      server,
      screen,
      alwaysOnTop: input.alwaysOnTop,
      callNextHotkey: input.callNextHotkey.trim(),
      lang: input.lang === 'ru' || input.lang === 'en' ? input.lang : 'kk',
      ...(printer !== '' ? { printer } : {}),
      ...(pin ? { pin } : {}),
    },
  };
}

/**
 * The form's shape, checked before applySetup reads it. The shell carries no zod (it packs nothing but
 * its own code), so this is by hand; the page is ours, but the bridge is still a boundary.
 */
export function isSetupInput(input: unknown): input is SetupInput {
  if (typeof input !== 'object' || input === null) return false;
  const r = input as Record<string, unknown>;
  const strings = ['role', 'server', 'screen', 'printer', 'pin', 'callNextHotkey', 'certFingerprint', 'lang'];
  return strings.every((k) => typeof r[k] === 'string') && typeof r['alwaysOnTop'] === 'boolean';
}
