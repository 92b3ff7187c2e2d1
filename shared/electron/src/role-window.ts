// The role's window: locked down, shows "connecting…" until the server answers, then the role's page;
// reloads after a renderer or GPU crash or a hang; display and kiosk never let the screen sleep, open no
// native dialog and take the staff gesture; the operator's global hotkey calls the next visitor.
import { BrowserWindow, globalShortcut, ipcMain, powerSaveBlocker, screen } from 'electron';
import { join } from 'node:path';
import type { KioskChannel, OperatorChannel, UnattendedChannel } from './channels.js';
import { certificateVerifier } from './cert-pin.js';
import type { ShellConfig } from './config-store.js';
import { connectingPageUrl } from './connecting-page.js';
import { wireRecovery } from './crash-recovery.js';
import { kioskIpc } from './kiosk-ipc.js';
import { roleBehaviour } from './role-behaviour.js';
import { roleUrl } from './roles.js';
import { lockDown } from './security.js';
import { isOwnPage, type SenderEvent } from './sender-check.js';
import { waitForServer } from './server-probe.js';
import { pickScreen, windowOptions } from './window-options.js';

export interface RoleWindowHooks {
  onStaffGesture: () => void;
  /** The operator's hotkey could not be registered (taken, malformed, or a Wayland session). */
  onHotkeyProblem: () => void;
}

export interface RoleWindow {
  win: BrowserWindow;
  /** Reload the page the way a renderer crash does (connecting page first, with back-off). */
  recover: () => void;
}

export function openRoleWindow(config: ShellConfig, hooks: RoleWindowHooks): RoleWindow {
  const behaviour = roleBehaviour(config.role);
  const preload = join(import.meta.dirname, `preload-${config.role}.cjs`);
  const bounds = pickScreen(screen.getAllDisplays(), config.screen)?.bounds;
  const win = new BrowserWindow(windowOptions(config, preload, bounds));
  const contents = win.webContents;
  const session = contents.session;
  lockDown(contents, session, { allowedOrigin: config.server, role: config.role });
  session.setCertificateVerifyProc(certificateVerifier(config.server, config.certFingerprint));
  if (behaviour.staffGesture || behaviour.blockDialogs) {
    const filePath = join(import.meta.dirname, 'preload-unattended.cjs');
    session.registerPreloadScript({ type: 'frame', filePath });
  }
  win.once('ready-to-show', () => win.show());

  // A failed load is not an error to throw: did-fail-load brings the connecting page back.
  const load = (url: string) => win.loadURL(url).catch(() => undefined);
  let probe: AbortController | undefined;
  const connect = async (): Promise<void> => {
    probe?.abort();
    const current = (probe = new AbortController());
    const show = (attempt: number, delay: number) =>
      void load(connectingPageUrl({ server: config.server, attempt, retryInSeconds: delay }));
    // The session's own fetch, so the pinned certificate is the one checked here too.
    const fetch = (url: string, init: { signal: AbortSignal }) => session.fetch(url, init);
    const up = await waitForServer(config.server, { fetch, onRetry: show, signal: current.signal });
    if (up && !win.isDestroyed()) await load(roleUrl(config.server, config.role));
  };
  const recover = wireRecovery(win, contents, () => void connect());
  void connect();

  if (behaviour.preventDisplaySleep) {
    const blocker = powerSaveBlocker.start('prevent-display-sleep');
    win.on('closed', () => powerSaveBlocker.stop(blocker));
  }
  const from = (origin: string | null) => (e: unknown) =>
    !win.isDestroyed() && isOwnPage(e as SenderEvent, contents, origin);
  const fromPage = from(config.server);
  const fromConnecting = from(null);
  const tapFrom = (e: unknown) => fromPage(e) || fromConnecting(e);
  if (behaviour.staffGesture) wireStaffGesture(config, { fromPage, tapFrom }, hooks.onStaffGesture);
  if (behaviour.globalHotkey) wireOperator(win, config, hooks.onHotkeyProblem);
  return { win, recover };
}

function wireStaffGesture(
  config: ShellConfig,
  senders: { fromPage: (e: unknown) => boolean; tapFrom: (e: unknown) => boolean },
  onStaffGesture: () => void,
): void {
  const ipc = kioskIpc({ printer: config.printer, ...senders, onStaffGesture });
  const tap: UnattendedChannel = 'kezek:corner-tap';
  ipcMain.on(tap, (e) => ipc.cornerTap(e));
  if (config.role !== 'kiosk') return;
  const channel = (name: KioskChannel) => name;
  ipcMain.handle(channel('kezek:has-printer'), (e) => ipc.hasPrinter(e));
  ipcMain.handle(channel('kezek:print'), (e, bytes: unknown) => ipc.print(e, bytes));
}

function wireOperator(win: BrowserWindow, config: ShellConfig, onProblem: () => void): void {
  const callNext: OperatorChannel = 'kezek:call-next';
  let ok = false;
  try {
    ok = globalShortcut.register(config.callNextHotkey, () => {
      if (!win.isDestroyed()) win.webContents.send(callNext);
    });
  } catch {
    // A malformed accelerator throws; loadConfig already refuses those, this is the last line.
  }
  if (!ok) {
    console.warn(`kezek: the hotkey ${config.callNextHotkey} could not be registered`);
    onProblem();
  }
  win.on('closed', () => globalShortcut.unregisterAll());
}
