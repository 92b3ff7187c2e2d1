// Loaded into every page of the kiosk and the hall display, beside the role's own bridge (the session
// registers it, role-window.ts): the staff gesture's corner taps, and no native dialog over the page.
// Sandboxed preloads run as CommonJS and may require only 'electron', so this file stays self-contained.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload cannot be an ES module
import electron = require('electron');
import type { UnattendedChannel } from './channels.js';
import type { CORNER_PX } from './corner-taps.js';

const CORNER: typeof CORNER_PX = 80;
const CORNER_TAP: UnattendedChannel = 'kezek:corner-tap';

/**
 * Runs in the page's own world (serialised there by executeInMainWorld, so it closes over nothing): the
 * print dialog, the file pickers and file inputs do nothing. Downloads are refused by the main process.
 */
function closeNativeDialogs(): void {
  const refuse = () => Promise.reject(new DOMException('not on this screen', 'NotAllowedError'));
  const lock = (target: object, name: string, value: unknown) =>
    Object.defineProperty(target, name, { value, writable: false, configurable: false });
  lock(window, 'print', () => undefined);
  for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker']) {
    if (name in window) lock(window, name, refuse);
  }
  const showPicker = HTMLInputElement.prototype.showPicker;
  lock(HTMLInputElement.prototype, 'showPicker', function (this: HTMLInputElement) {
    if (this.type !== 'file') showPicker.call(this);
  });
  // A click on a file input (or its label) would open the chooser; registered first, so it runs first.
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'file') event.preventDefault();
    },
    true,
  );
}

electron.contextBridge.executeInMainWorld({ func: closeNativeDialogs });

// Each real touch or click in the top-left corner goes to the main process, which counts them
// (corner-taps.ts). Events a script made (isTrusted false) do not count: a page cannot tap for staff.
window.addEventListener(
  'pointerdown',
  (event) => {
    if (event.isTrusted && event.clientX < CORNER && event.clientY < CORNER) {
      electron.ipcRenderer.send(CORNER_TAP);
    }
  },
  { capture: true, passive: true },
);
