// The settings window: first run (nothing saved yet, or a kiosk or display without its PIN) and the staff
// settings behind the PIN. Who may see and save the form is setup-session.ts; saving writes the config
// and restarts the shell (restart.ts), so a new role starts with its own Chromium switches.
import { BrowserWindow, app, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import type { SetupChannel, SetupInput, SetupNotice, SetupSaveResult } from './channels.js';
import { pinServerCertificate } from './cert-pin.js';
import { saveConfig, type ShellConfig } from './config-store.js';
import { idleCloser } from './idle-close.js';
import type { PinGuard } from './pin-guard.js';
import { STAFF_QUIT_EXIT_CODE, restartPlan } from './restart.js';
import { lockDown } from './security.js';
import { isOwnPage } from './sender-check.js';
import { applySetup, isSetupInput } from './setup-form.js';
import { setupPageUrl } from './setup-page.js';
import { setupSession, type SetupMode } from './setup-session.js';
import { setupWindowOptions } from './window-options.js';

const CHANNELS: SetupChannel[] = [
  'kezek:setup:state',
  'kezek:setup:unlock',
  'kezek:setup:save',
  'kezek:setup:quit',
  'kezek:setup:active',
];
let openWindow: BrowserWindow | undefined;

export interface SetupWindowOptions {
  configDir: string;
  mode: SetupMode;
  current: Partial<ShellConfig> | null;
  saved: ShellConfig | null;
  guard: PinGuard;
  /** Whether a supervisor restarts the shell (then saving only exits). */
  supervised: boolean;
  notice?: SetupNotice;
  parent?: BrowserWindow;
}

export function openSetupWindow(options: SetupWindowOptions): BrowserWindow {
  // Its IPC handlers can be registered once: a second gesture only brings the open window forward.
  if (openWindow && !openWindow.isDestroyed()) {
    openWindow.focus();
    return openWindow;
  }
  const { saved, parent } = options;
  const win = new BrowserWindow({
    ...setupWindowOptions(join(import.meta.dirname, 'preload-setup.cjs')),
    ...(parent ? { parent, modal: true } : {}),
  });
  lockDown(win.webContents, win.webContents.session, { allowedOrigin: null, role: null });
  const session = setupSession(options);
  // Staff settings over a role's window close themselves when left; first run has nothing behind it.
  const idle = options.mode === 'staff' ? idleCloser(() => win.close()) : undefined;
  const mine = (e: IpcMainEvent | IpcMainInvokeEvent) => {
    const ok = !win.isDestroyed() && isOwnPage(e, win.webContents, null);
    if (ok) idle?.poke();
    return ok;
  };

  ipcMain.handle('kezek:setup:state', (e) => (mine(e) ? session.state() : null));
  ipcMain.handle('kezek:setup:unlock', (e, pin: unknown) =>
    mine(e) ? session.unlock(pin) : { ok: false, retryInSeconds: 0 },
  );
  ipcMain.handle('kezek:setup:save', async (e, input: SetupInput): Promise<SetupSaveResult> => {
    if (!mine(e) || !session.unlocked || !isSetupInput(input)) return { ok: false, fields: [] };
    const checked = applySetup(input, saved);
    if (!checked.ok) return checked;
    const pinned = await pinServerCertificate(checked.config, input.certFingerprint);
    if (!pinned.ok) return pinned;
    saveConfig(options.configDir, pinned.config);
    const plan = restartPlan(process.argv, options.supervised);
    if (plan.relaunch) app.relaunch({ args: plan.relaunch });
    app.exit(plan.exitCode);
    return { ok: true };
  });
  ipcMain.on('kezek:setup:quit', (e) => {
    if (mine(e) && session.unlocked) app.exit(STAFF_QUIT_EXIT_CODE);
  });
  ipcMain.on('kezek:setup:active', (e) => void mine(e));
  openWindow = win;
  win.on('closed', () => {
    openWindow = undefined;
    idle?.stop();
    for (const name of CHANNELS) {
      ipcMain.removeHandler(name);
      ipcMain.removeAllListeners(name);
    }
  });
  win.loadURL(setupPageUrl()).catch((err: unknown) => console.error('kezek: settings page', err));
  return win;
}
