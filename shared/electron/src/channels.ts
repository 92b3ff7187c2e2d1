// IPC channel names between the preloads and the main process. The sandboxed preloads cannot import this
// file at run time, so they spell the names out and are typed against these unions: a rename here breaks
// their compile.

export type KioskChannel = 'kezek:has-printer' | 'kezek:print';
/** Kiosk and display: the staff gesture's taps (preload-unattended.cts). */
export type UnattendedChannel = 'kezek:corner-tap';
export type OperatorChannel = 'kezek:call-next';
export type SetupChannel =
  'kezek:setup:state' | 'kezek:setup:unlock' | 'kezek:setup:save' | 'kezek:setup:quit' | 'kezek:setup:active';

/** What the settings page's form sends; main.ts checks it with applySetup(). */
export interface SetupInput {
  role: string;
  server: string;
  screen: string;
  printer: string;
  pin: string;
  alwaysOnTop: boolean;
  callNextHotkey: string;
  /** An https server's certificate fingerprint as the server shows it; empty = take the one it presents. */
  certFingerprint: string;
  lang: string;
}

/** What the settings page shows on open. */
export interface SetupState {
  /** True when a PIN guards the form and it has not been given yet. */
  locked: boolean;
  /** Seconds before the PIN prompt takes another try (after wrong PINs). */
  waitSeconds: number;
  values: SetupInput;
  /** Something staff should know, shown above the form (a label key of shell-messages.ts). */
  notice?: SetupNotice;
}

export type SetupNotice = 'hotkeyTaken' | 'hotkeyWayland' | 'pinRequired';

export type UnlockResult = { ok: true } | { ok: false; retryInSeconds: number };

export type SetupSaveResult = { ok: true } | { ok: false; fields: (keyof SetupInput)[] };

/** The settings page's bridge, on `window.kezekSetup`. */
export interface SetupBridge {
  state(): Promise<SetupState>;
  unlock(pin: string): Promise<UnlockResult>;
  save(input: SetupInput): Promise<SetupSaveResult>;
  quit(): void;
  /** A touch or key on the page: keeps the staff settings from closing as idle. */
  active(): void;
}
