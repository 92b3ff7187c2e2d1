import { describe, expect, it } from 'vitest';
import { pickScreen, setupWindowOptions, windowOptions } from './window-options.js';

const locked = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true };

describe('window per role', () => {
  it('every role is sandboxed with context isolation and its preload', () => {
    for (const role of ['kiosk', 'display', 'operator'] as const) {
      const opts = windowOptions({ role, alwaysOnTop: false }, `/app/preload-${role}.cjs`);
      expect(opts.webPreferences).toMatchObject({ ...locked, preload: `/app/preload-${role}.cjs` });
    }
    expect(setupWindowOptions('/app/preload-setup.cjs').webPreferences).toMatchObject(locked);
  });

  it('unattended screens open no alert or confirm; the settings window has a session of its own', () => {
    const dialogs = (role: 'kiosk' | 'display' | 'operator') =>
      windowOptions({ role, alwaysOnTop: false }, 'p').webPreferences?.disableDialogs;
    expect([dialogs('kiosk'), dialogs('display'), dialogs('operator')]).toEqual([true, true, false]);
    // In-memory (no "persist:"), so the settings' lock-down never replaces the role session's handlers.
    expect(setupWindowOptions('p').webPreferences?.partition).toBe('kezek-settings');
  });

  it('the kiosk fills its monitor even where no window manager makes it fullscreen', () => {
    const bounds = { x: 0, y: 0, width: 1080, height: 1920 };
    expect(windowOptions({ role: 'kiosk', alwaysOnTop: false }, 'p', bounds)).toMatchObject(bounds);
  });

  it('the kiosk is in kiosk mode, frameless, without devtools', () => {
    const opts = windowOptions({ role: 'kiosk', alwaysOnTop: false }, 'p');
    expect(opts).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
    expect(opts.webPreferences?.devTools).toBe(false);
  });

  it('the display fills the chosen monitor and plays sound without a tap', () => {
    const screens = [
      { bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
      { bounds: { x: 1920, y: 0, width: 3840, height: 2160 } },
    ];
    const bounds = pickScreen(screens, 1)?.bounds;
    const opts = windowOptions({ role: 'display', alwaysOnTop: false }, 'p', bounds);
    expect(opts).toMatchObject({ x: 1920, y: 0, width: 3840, fullscreen: true, frame: false });
    expect(opts.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    expect(pickScreen(screens, 5)).toBe(screens[0]);
  });

  it('the operator desk is a compact resizable window, on top when asked', () => {
    const opts = windowOptions({ role: 'operator', alwaysOnTop: true }, 'p');
    expect(opts).toMatchObject({ width: 520, height: 720, resizable: true, alwaysOnTop: true });
    expect(opts.kiosk).toBeUndefined();
    expect(opts.webPreferences?.autoplayPolicy).toBe('document-user-activation-required');
    expect(windowOptions({ role: 'operator', alwaysOnTop: false }, 'p').alwaysOnTop).toBe(false);
  });

  it('the display is fullscreen and keeps its clock and sound running when no monitor bounds are known', () => {
    const opts = windowOptions({ role: 'display', alwaysOnTop: false }, 'p', undefined);
    expect(opts).toMatchObject({ fullscreen: true, frame: false, minimizable: false });
    expect(opts.webPreferences?.backgroundThrottling).toBe(false);
  });
});
