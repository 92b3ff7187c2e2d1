// The settings page's bridge (window.kezekSetup). The main process checks every value it receives.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload cannot be an ES module
import electron = require('electron');
import type {
  SetupBridge,
  SetupChannel,
  SetupInput,
  SetupSaveResult,
  SetupState,
  UnlockResult,
} from './channels.js';

const STATE: SetupChannel = 'kezek:setup:state';
const UNLOCK: SetupChannel = 'kezek:setup:unlock';
const SAVE: SetupChannel = 'kezek:setup:save';
const QUIT: SetupChannel = 'kezek:setup:quit';
const ACTIVE: SetupChannel = 'kezek:setup:active';

const bridge = {
  state: () => electron.ipcRenderer.invoke(STATE) as Promise<SetupState>,
  unlock: (pin: string) => electron.ipcRenderer.invoke(UNLOCK, pin) as Promise<UnlockResult>,
  save: (input: SetupInput) => electron.ipcRenderer.invoke(SAVE, input) as Promise<SetupSaveResult>,
  quit: () => electron.ipcRenderer.send(QUIT),
  active: () => electron.ipcRenderer.send(ACTIVE),
} satisfies SetupBridge;

electron.contextBridge.exposeInMainWorld('kezekSetup', bridge);
