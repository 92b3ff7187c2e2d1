// The lock-down every window gets, whatever its role: it stays on the office server's origin, opens no
// windows, attaches no webviews and grants no permissions. Each rule is a plain function so tests can call
// it with fake events; lockDown() only wires them to a webContents.
import type { Session, WebContents } from 'electron';
import { isBlockedKey, type KeyInput } from './shortcuts.js';
import { roleBehaviour } from './role-behaviour.js';
import type { ShellRole } from './roles.js';

export interface Preventable {
  preventDefault(): void;
}

/** True when `url` is on `allowedOrigin`; null allows nothing (the shell's own local pages). */
export function isAllowedUrl(url: string, allowedOrigin: string | null): boolean {
  if (allowedOrigin === null) return false;
  try {
    return new URL(url).origin === allowedOrigin;
  } catch {
    return false;
  }
}

/** For 'will-navigate', 'will-redirect' and 'will-frame-navigate': anything off the server is stopped. */
export function navigationGuard(allowedOrigin: string | null) {
  return (event: Preventable, url: string): void => {
    if (!isAllowedUrl(url, allowedOrigin)) event.preventDefault();
  };
}

/** window.open, target=_blank and friends: never a new window on an unattended screen. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permissions a role's page may have. None: sound plays through the autoplay switch, which is not a
 * permission, and nothing in Kezek needs camera, microphone, location or notifications. The display page
 * may ask for fullscreen, which its window already is.
 */
export function allowedPermissions(role: ShellRole | null): readonly string[] {
  return role === 'display' ? ['fullscreen'] : [];
}

export function permissionRequestHandler(role: ShellRole | null) {
  const allowed = allowedPermissions(role);
  return (_contents: unknown, permission: string, callback: (granted: boolean) => void): void =>
    callback(allowed.includes(permission));
}

export function permissionCheckHandler(role: ShellRole | null) {
  const allowed = allowedPermissions(role);
  return (_contents: unknown, permission: string): boolean => allowed.includes(permission);
}

export function keyGuard(role: ShellRole) {
  return (event: Preventable, input: KeyInput): void => {
    if (isBlockedKey(input, role)) event.preventDefault();
  };
}

/** For the session's 'will-download': nothing is saved on a kiosk or display, so no save dialog opens. */
export function downloadGuard(role: ShellRole | null) {
  const block = role !== null && roleBehaviour(role).blockDialogs;
  return (event: Preventable): void => {
    if (block) event.preventDefault();
  };
}

export interface LockDownOptions {
  /** The server origin the page may stay on; null for the shell's own pages (they navigate nowhere). */
  allowedOrigin: string | null;
  /** Null for the shell's own pages (settings): no permissions, only devtools keys blocked. */
  role: ShellRole | null;
}

export function lockDown(contents: WebContents, session: Session, options: LockDownOptions): void {
  const guard = navigationGuard(options.allowedOrigin);
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (details) => guard(details, details.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('before-input-event', keyGuard(options.role ?? 'operator'));
  session.setPermissionRequestHandler(permissionRequestHandler(options.role));
  session.setPermissionCheckHandler(permissionCheckHandler(options.role));
  session.on('will-download', downloadGuard(options.role));
  if (options.role === 'kiosk' || options.role === 'display') {
    // No pinch zoom and no Ctrl+wheel zoom on a shared screen that nobody can reset.
    contents.on('did-finish-load', () => void contents.setVisualZoomLevelLimits(1, 1));
    contents.on('zoom-changed', () => contents.setZoomFactor(1));
  }
}
