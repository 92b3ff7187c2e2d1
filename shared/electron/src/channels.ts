// IPC channel names between the preloads and the main process. The sandboxed preloads cannot import this
// file at run time, so they spell the names out and are typed against these unions: a rename here breaks
// their compile.

export type KioskChannel = 'kezek:has-printer' | 'kezek:print' | 'kezek:corner-tap';
export type OperatorChannel = 'kezek:call-next';
export type SetupChannel =
  'kezek:setup:state' | 'kezek:setup:unlock' | 'kezek:setup:save' | 'kezek:setup:quit';

/** What the settings page's form sends; main.ts checks it with applySetup(). */
export interface SetupInput {
  role: string;
  server: string;
  screen: string;
  printer: string;
  pin: string;
  alwaysOnTop: boolean;
  callNextHotkey: string;
  lang: string;
}

/** What the settings page shows on open. */
export interface SetupState {
  /** True when a PIN guards the form and it has not been given yet. */
  locked: boolean;
  values: SetupInput;
}

export type SetupSaveResult = { ok: true } | { ok: false; fields: (keyof SetupInput)[] };

/** The settings page's bridge, on `window.kezekSetup`. */
export interface SetupBridge {
  state(): Promise<SetupState>;
  unlock(pin: string): Promise<boolean>;
  save(input: SetupInput): Promise<SetupSaveResult>;
  quit(): void;
}
