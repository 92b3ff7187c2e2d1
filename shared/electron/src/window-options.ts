// The BrowserWindow each role gets. Every window is sandboxed with context isolation and no Node in the
// page; the page reaches the shell only through its preload's small `window.kezek` bridge.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { ShellConfig } from './config-store.js';

export const OPERATOR_SIZE = { width: 520, height: 720, minWidth: 420, minHeight: 560 };

/** The monitor the hall display uses: the configured index, or the first when that one is gone. */
export function pickScreen<T extends { bounds: Rectangle }>(
  screens: readonly T[],
  index: number,
): T | undefined {
  return screens[index] ?? screens[0];
}

export function windowOptions(
  config: Pick<ShellConfig, 'role' | 'alwaysOnTop'>,
  preload: string,
  screenBounds?: Rectangle,
): BrowserWindowConstructorOptions {
  const unattended = config.role !== 'operator';
  const base: BrowserWindowConstructorOptions = {
    title: 'Kezek',
    backgroundColor: '#0b1f33',
    autoHideMenuBar: true,
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !unattended,
      // The hall display announces calls with sound that nobody taps to allow.
      autoplayPolicy:
        config.role === 'display' ? 'no-user-gesture-required' : 'document-user-activation-required',
      // A hidden display window must still run its clock and sound.
      backgroundThrottling: unattended ? false : true,
      // alert() and confirm() would wait for a tap nobody at a hall screen gives.
      disableDialogs: unattended,
    },
  };
  if (config.role === 'kiosk') {
    return {
      ...base,
      // The monitor's bounds too: a bare kiosk session without a window manager ignores "fullscreen".
      ...(screenBounds ?? {}),
      kiosk: true,
      fullscreen: true,
      frame: false,
      closable: false,
      minimizable: false,
    };
  }
  if (config.role === 'display') {
    return {
      ...base,
      ...(screenBounds ?? {}),
      fullscreen: true,
      frame: false,
      minimizable: false,
    };
  }
  return { ...base, ...OPERATOR_SIZE, resizable: true, alwaysOnTop: config.alwaysOnTop };
}

/** The settings window: small, modal over the role's window, its own preload. */
export function setupWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    title: 'Kezek',
    width: 560,
    height: 760,
    resizable: true,
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      // Its own in-memory session, so its lock-down (no permissions at all) leaves the role's alone.
      partition: 'kezek-settings',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      spellcheck: false,
    },
  };
}
