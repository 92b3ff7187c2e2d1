// The kiosk page's bridge: local printing (the staff gesture and the dialog guard are in
// preload-unattended.cts). Sandboxed preloads run as CommonJS and may require only 'electron', so this
// file stays self-contained and thin.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload cannot be an ES module
import electron = require('electron');
import type { KioskBridge, LocalPrintOutcome, SHELL_BRIDGE_KEY } from '../../src/bridge.js';
import type { KioskChannel } from './channels.js';

const KEY: typeof SHELL_BRIDGE_KEY = 'kezek';
const HAS_PRINTER: KioskChannel = 'kezek:has-printer';
const PRINT: KioskChannel = 'kezek:print';

const bridge = {
  role: 'kiosk',
  hasLocalPrinter: () => electron.ipcRenderer.invoke(HAS_PRINTER) as Promise<boolean>,
  print: (bytes: Uint8Array) => electron.ipcRenderer.invoke(PRINT, bytes) as Promise<LocalPrintOutcome>,
} satisfies KioskBridge;

electron.contextBridge.exposeInMainWorld(KEY, bridge);
