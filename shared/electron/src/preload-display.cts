// The hall display's bridge: nothing to call, it only tells the page it runs in the shell.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload cannot be an ES module
import electron = require('electron');
import type { DisplayBridge, SHELL_BRIDGE_KEY } from '../../src/bridge.js';

const KEY: typeof SHELL_BRIDGE_KEY = 'kezek';

electron.contextBridge.exposeInMainWorld(KEY, { role: 'display' } satisfies DisplayBridge);
