// The role's window: locked down, shows "connecting…" until the server answers, then the role's page;
// reloads after a renderer crash or hang; display and kiosk never let the screen sleep; the operator's
// global hotkey calls the next visitor.
import { BrowserWindow, globalShortcut, ipcMain, powerSaveBlocker, screen } from 'electron';
import { join } from 'node:path';
import type { KioskChannel, OperatorChannel } from './channels.js';
import type { ShellConfig } from './config-store.js';
import { connectingPageUrl } from './connecting-page.js';
import { cornerTapCounter } from './corner-taps.js';
import { reloadScheduler } from './crash-recovery.js';
import { localPrint } from './local-print.js';
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
  const nextReload = reloadScheduler();
  const recover = () => setTimeout(() => void connect(), nextReload(Date.now()));
  contents.on('render-process-gone', recover);
  // A hung page is crashed on purpose; 'render-process-gone' then brings it back.
  win.on('unresponsive', () => contents.forcefullyCrashRenderer());
  // The server went away while the page was loading: back to "connecting…" instead of an error page.
  contents.on('did-fail-load', (_e, code, _desc, _url, isMainFrame) => {
    if (isMainFrame && code !== -3) recover(); // -3 is an aborted load, e.g. our own next loadURL
  });
  void connect();

  if (config.role !== 'operator') {
    const blocker = powerSaveBlocker.start('prevent-display-sleep');
    win.on('closed', () => powerSaveBlocker.stop(blocker));
  }
  if (config.role === 'kiosk') wireKiosk(win, config, onStaffGesture);
  if (config.role === 'operator') wireOperator(win, config);
  return win;
}

function wireKiosk(win: BrowserWindow, config: ShellConfig, onStaffGesture: () => void): void {
  const fromPage = (sender: Electron.WebContents) => !win.isDestroyed() && sender === win.webContents;
  const hasPrinter: KioskChannel = 'kezek:has-printer';
  const print: KioskChannel = 'kezek:print';
  const cornerTap: KioskChannel = 'kezek:corner-tap';
  ipcMain.handle(hasPrinter, (e) => fromPage(e.sender) && config.printer !== undefined);
  ipcMain.handle(print, (e, bytes: unknown) =>
    fromPage(e.sender) ? localPrint(config.printer, bytes) : { ok: false, reason: 'failed' },
  );
  const tap = cornerTapCounter();
  ipcMain.on(cornerTap, (e) => {
    if (fromPage(e.sender) && tap(Date.now())) onStaffGesture();
  });
}

function wireOperator(win: BrowserWindow, config: ShellConfig): void {
  const callNext: OperatorChannel = 'kezek:call-next';
  const ok = globalShortcut.register(config.callNextHotkey, () => {
    if (!win.isDestroyed()) win.webContents.send(callNext);
  });
  if (!ok) console.warn(`kezek: the hotkey ${config.callNextHotkey} is taken by another program`);
  win.on('closed', () => globalShortcut.unregister(config.callNextHotkey));
}
