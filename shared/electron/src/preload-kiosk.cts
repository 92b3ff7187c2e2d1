// The kiosk page's bridge: local printing and the hidden staff gesture. Sandboxed preloads run as
// CommonJS and may require only 'electron', so this file stays self-contained and thin.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload cannot be an ES module
import electron = require('electron');
import type { KioskBridge, LocalPrintOutcome, SHELL_BRIDGE_KEY } from '../../src/bridge.js';
import type { KioskChannel } from './channels.js';
import type { CORNER_PX } from './corner-taps.js';

const KEY: typeof SHELL_BRIDGE_KEY = 'kezek';
const CORNER: typeof CORNER_PX = 80;
const HAS_PRINTER: KioskChannel = 'kezek:has-printer';
const PRINT: KioskChannel = 'kezek:print';
const CORNER_TAP: KioskChannel = 'kezek:corner-tap';

const bridge = {
  role: 'kiosk',
  hasLocalPrinter: () => electron.ipcRenderer.invoke(HAS_PRINTER) as Promise<boolean>,
  print: (bytes: Uint8Array) => electron.ipcRenderer.invoke(PRINT, bytes) as Promise<LocalPrintOutcome>,
} satisfies KioskBridge;

electron.contextBridge.exposeInMainWorld(KEY, bridge);

// Each touch in the top-left corner goes to the main process, which counts them (corner-taps.ts).
window.addEventListener(
  'pointerdown',
  (event) => {
    if (event.clientX < CORNER && event.clientY < CORNER) electron.ipcRenderer.send(CORNER_TAP);
  },
  { capture: true, passive: true },
);
