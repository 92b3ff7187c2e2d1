// The settings window: first run (no config yet) and the kiosk's staff settings behind the PIN. Saving
// writes the config and restarts the shell, so a new role starts with its own Chromium switches.
import { BrowserWindow, app, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import type { SetupChannel, SetupInput, SetupState } from './channels.js';
import { saveConfig, type ShellConfig } from './config-store.js';
import { verifyPin } from './pin.js';
import { lockDown } from './security.js';
import { applySetup, setupValues } from './setup-form.js';
import { setupPageUrl } from './setup-page.js';
import { setupWindowOptions } from './window-options.js';

const ch = (name: SetupChannel) => name;
let openWindow: BrowserWindow | undefined;

export function openSetupWindow(
  configDir: string,
  current: Partial<ShellConfig> | null,
  saved: ShellConfig | null,
  parent?: BrowserWindow,
): BrowserWindow {
  // Its IPC handlers can be registered once: a second gesture only brings the open window forward.
  if (openWindow && !openWindow.isDestroyed()) {
    openWindow.focus();
    return openWindow;
  }
  const win = new BrowserWindow({
    ...setupWindowOptions(join(import.meta.dirname, 'preload-setup.cjs')),
    ...(parent ? { parent, modal: true } : {}),
  });
  lockDown(win.webContents, win.webContents.session, { allowedOrigin: null, role: null });
  let unlocked = !saved?.pin;
  const mine = (e: IpcMainInvokeEvent) => !win.isDestroyed() && e.sender === win.webContents;

  ipcMain.handle(ch('kezek:setup:state'), (e): SetupState | null =>
    mine(e) ? { locked: !unlocked, values: setupValues(current) } : null,
  );
  ipcMain.handle(ch('kezek:setup:unlock'), (e, pin: unknown) => {
    if (!mine(e) || typeof pin !== 'string' || !saved?.pin) return false;
    unlocked = verifyPin(pin, saved.pin);
    return unlocked;
  });
  ipcMain.handle(ch('kezek:setup:save'), (e, input: SetupInput) => {
    if (!mine(e) || !unlocked) return { ok: false, fields: [] };
    const result = applySetup(input, saved);
    if (!result.ok) return result;
    saveConfig(configDir, result.config);
    app.relaunch();
    app.exit(0);
    return { ok: true };
  });
  ipcMain.on(ch('kezek:setup:quit'), (e) => {
    if (e.sender === win.webContents && unlocked) app.exit(0);
  });
  openWindow = win;
  win.on('closed', () => {
    openWindow = undefined;
    for (const name of ['kezek:setup:state', 'kezek:setup:unlock', 'kezek:setup:save'] as const) {
      ipcMain.removeHandler(name);
    }
    ipcMain.removeAllListeners(ch('kezek:setup:quit'));
  });
  void win.loadURL(setupPageUrl());
  return win;
}
