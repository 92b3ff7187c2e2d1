// The operator desk's bridge: the global "call next" hotkey, delivered to the page's listeners, or as the
// desk's own N key when the page has not registered one (the contract is in shared/src/bridge.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload cannot be an ES module
import electron = require('electron');
import type { OperatorBridge, SHELL_BRIDGE_KEY } from '../../src/bridge.js';
import type { OperatorChannel } from './channels.js';

const KEY: typeof SHELL_BRIDGE_KEY = 'kezek';
const CALL_NEXT: OperatorChannel = 'kezek:call-next';
const listeners = new Set<() => void>();

electron.ipcRenderer.on(CALL_NEXT, () => {
  if (listeners.size > 0) for (const listener of listeners) listener();
  else document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }));
});

const bridge = {
  role: 'operator',
  onCallNext(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
} satisfies OperatorBridge;

electron.contextBridge.exposeInMainWorld(KEY, bridge);
