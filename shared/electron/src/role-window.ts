// The role's window: locked down, shows "connecting…" until the server answers, then the role's page;
// reloads after a renderer crash or hang; display and kiosk never let the screen sleep; the operator's
// global hotkey calls the next visitor.
import { BrowserWindow, globalShortcut, ipcMain, powerSaveBlocker, screen } from 'electron';
import { join } from 'node:path';
import type { KioskChannel, OperatorChannel } from './channels.js';
import type { ShellConfig } from './config-store.js';
import { connectingPageUrl } from './connecting-page.js';
import { wireRecovery } from './crash-recovery.js';
import { kioskIpc } from './kiosk-ipc.js';
import { roleBehaviour } from './role-behaviour.js';
import { roleUrl } from './roles.js';
import { lockDown } from './security.js';
import { waitForServer } from './server-probe.js';
import { pickScreen, windowOptions } from './window-options.js';

export function openRoleWindow(config: ShellConfig, onStaffGesture: () => void): BrowserWindow {
  const preload = join(import.meta.dirname, `preload-${config.role}.cjs`);
  const bounds = pickScreen(screen.getAllDisplays(), config.screen)?.bounds;
  const win = new BrowserWindow(windowOptions(config, preload, bounds));
  const contents = win.webContents;
  lockDown(contents, contents.session, { allowedOrigin: config.server, role: config.role });
  win.once('ready-to-show', () => win.show());

  let probe: AbortController | undefined;
  const connect = async (): Promise<void> => {
    probe?.abort();
    const current = (probe = new AbortController());
    const show = (attempt: number, delay: number) =>
      void win.loadURL(connectingPageUrl({ server: config.server, attempt, retryInSeconds: delay }));
    const up = await waitForServer(config.server, { fetch, onRetry: show, signal: current.signal });
    if (up && !win.isDestroyed()) await win.loadURL(roleUrl(config.server, config.role)).catch(() => {});
  };
  wireRecovery(win, contents, () => void connect());
  void connect();

  const behaviour = roleBehaviour(config.role);
  if (behaviour.preventDisplaySleep) {
    const blocker = powerSaveBlocker.start('prevent-display-sleep');
    win.on('closed', () => powerSaveBlocker.stop(blocker));
  }
  if (behaviour.staffGesture) wireKiosk(win, config, onStaffGesture);
  if (behaviour.globalHotkey) wireOperator(win, config);
  return win;
}

function wireKiosk(win: BrowserWindow, config: ShellConfig, onStaffGesture: () => void): void {
  const ipc = kioskIpc({
    printer: config.printer,
    fromPage: (sender) => !win.isDestroyed() && sender === win.webContents,
    onStaffGesture,
  });
  const channel = (name: KioskChannel) => name;
  ipcMain.handle(channel('kezek:has-printer'), (e) => ipc.hasPrinter(e.sender));
  ipcMain.handle(channel('kezek:print'), (e, bytes: unknown) => ipc.print(e.sender, bytes));
  ipcMain.on(channel('kezek:corner-tap'), (e) => ipc.cornerTap(e.sender));
}

function wireOperator(win: BrowserWindow, config: ShellConfig): void {
  const callNext: OperatorChannel = 'kezek:call-next';
  const ok = globalShortcut.register(config.callNextHotkey, () => {
    if (!win.isDestroyed()) win.webContents.send(callNext);
  });
  if (!ok) console.warn(`kezek: the hotkey ${config.callNextHotkey} is taken by another program`);
  win.on('closed', () => globalShortcut.unregister(config.callNextHotkey));
}
