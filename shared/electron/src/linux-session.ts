// Linux desktops now run Electron on native Wayland, where a global shortcut is refused (or silently
// never fires): the operator's "call next" key then does nothing. The desk is run through XWayland
// instead, and the settings say so when the key still cannot be registered.
import type { SetupNotice } from './channels.js';
import type { ShellRole } from './roles.js';

export function isWaylandSession(env: NodeJS.ProcessEnv): boolean {
  return env['XDG_SESSION_TYPE'] === 'wayland' || (env['WAYLAND_DISPLAY'] ?? '') !== '';
}

/** True when main.ts appends --ozone-platform=x11: an operator desk on a Linux Wayland session. */
export function forcesX11(
  role: ShellRole | undefined,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
): boolean {
  if (role !== 'operator' || platform !== 'linux' || !isWaylandSession(env)) return false;
  return !argv.some((arg) => arg.startsWith('--ozone-platform'));
}

/** What the settings tell staff when the hotkey did not register. */
export function hotkeyNotice(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): SetupNotice {
  return platform === 'linux' && isWaylandSession(env) ? 'hotkeyWayland' : 'hotkeyTaken';
}
