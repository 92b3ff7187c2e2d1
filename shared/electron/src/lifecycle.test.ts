import { describe, expect, it } from 'vitest';
import { reloadsAfter } from './child-gone.js';
import { closeGuard } from './close-guard.js';
import { configDirIn } from './config-store.js';
import { forcesX11, hotkeyNotice } from './linux-session.js';

const closeEvent = () => {
  const e = { prevented: false, preventDefault: () => void (e.prevented = true) };
  return e;
};

describe('closing an unattended window', () => {
  it('the kiosk ignores a close until the app or the system quits, then lets it through', () => {
    const guard = closeGuard(false);
    const stray = closeEvent();
    guard.onClose(stray);
    expect(stray.prevented).toBe(true);
    guard.allowQuit(); // before-quit, session-end (Windows logout), powerMonitor shutdown (Linux)
    const atLogout = closeEvent();
    guard.onClose(atLogout);
    expect(atLogout.prevented).toBe(false);
  });

  it("the desk's window closes whenever its specialist closes it", () => {
    const e = closeEvent();
    closeGuard(true).onClose(e);
    expect(e.prevented).toBe(false);
  });
});

describe('a child process gone', () => {
  it('a crashed GPU process reloads the page; a clean exit or another helper does not', () => {
    expect(reloadsAfter({ type: 'GPU', reason: 'crashed' })).toBe(true);
    expect(reloadsAfter({ type: 'GPU', reason: 'oom' })).toBe(true);
    expect(reloadsAfter({ type: 'GPU', reason: 'clean-exit' })).toBe(false);
    expect(reloadsAfter({ type: 'Utility', reason: 'crashed' })).toBe(false);
  });
});

describe('Linux sessions', () => {
  const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };
  it('an operator desk on Wayland runs through XWayland, where the global hotkey works', () => {
    expect(forcesX11('operator', 'linux', wayland, ['/opt/Kezek/kezek'])).toBe(true);
    expect(forcesX11('operator', 'linux', { XDG_SESSION_TYPE: 'x11' }, [])).toBe(false);
    expect(forcesX11('kiosk', 'linux', wayland, [])).toBe(false);
    expect(forcesX11('operator', 'win32', wayland, [])).toBe(false);
    // An explicit choice on the command line (the unit file's) is left alone.
    expect(forcesX11('operator', 'linux', wayland, ['--ozone-platform=wayland'])).toBe(false);
  });

  it('the settings name Wayland when the hotkey fails there, and "taken" elsewhere', () => {
    expect(hotkeyNotice('linux', wayland)).toBe('hotkeyWayland');
    expect(hotkeyNotice('linux', {})).toBe('hotkeyTaken');
    expect(hotkeyNotice('win32', {})).toBe('hotkeyTaken');
  });

  it('the config folder is Kezek, as docs/deploy.md names it, whatever the package is called', () => {
    expect(configDirIn('/home/kiosk/.config')).toBe('/home/kiosk/.config/Kezek');
  });
});
