// The settings form's rules: what a first-run or staff edit may save. Plain, so the main process only
// calls it and tests can hold it.
import { isAccelerator } from './accelerator.js';
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
    lang: config?.lang ?? DEFAULTS.lang,
  };
}

/**
 * The config to save, or the fields that are wrong. An empty PIN keeps the old one; a kiosk must have a
 * PIN, since without one its settings (and so the way out of kiosk mode) would be open to visitors.
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
  if (input.role === 'kiosk' && input.pin === '' && !previous?.pin) fields.push('pin');
  if (!isAccelerator(input.callNextHotkey)) fields.push('callNextHotkey');
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
