// What each role's shell does beyond its window options, in one table main.ts and role-window.ts read:
// the Chromium switches set before start, whether the screen may sleep, whether the window can be closed.

import type { ShellRole } from './roles.js';

export interface RoleBehaviour {
  /** Chromium switches for app.commandLine.appendSwitch(name, value), set before the app is ready. */
  switches: readonly (readonly [name: string, value?: string])[];
  /** Unattended screens hold a 'prevent-display-sleep' blocker: a hall TV that sleeps shows no calls. */
  preventDisplaySleep: boolean;
  /** False: the window ignores close (Alt+F4, a stray click); only the PIN-guarded settings can quit. */
  closable: boolean;
  /** Registers the global "call next" hotkey. */
  globalHotkey: boolean;
  /** Counts corner taps for the PIN-guarded settings: the only way staff reach them on the screen. */
  staffGesture: boolean;
  /**
   * No native dialog can open over the page: downloads (and so save dialogs), the print dialog, file
   * choosers and alert/confirm are refused. A desk keeps them: the head exports reports from it.
   */
  blockDialogs: boolean;
}

const NO_PINCH = ['disable-pinch'] as const;

export function roleBehaviour(role: ShellRole): RoleBehaviour {
  if (role === 'display') {
    return {
      // The hall announces calls with sound that nobody taps to allow.
      switches: [['autoplay-policy', 'no-user-gesture-required'], NO_PINCH],
      preventDisplaySleep: true,
      closable: false,
      globalHotkey: false,
      staffGesture: true,
      blockDialogs: true,
    };
  }
  if (role === 'kiosk') {
    return {
      switches: [NO_PINCH],
      preventDisplaySleep: true,
      closable: false,
      globalHotkey: false,
      staffGesture: true,
      blockDialogs: true,
    };
  }
  // A desk PC belongs to its specialist: it may sleep, close, and zoom for eyes that need it.
  return {
    switches: [],
    preventDisplaySleep: false,
    closable: true,
    globalHotkey: true,
    staffGesture: false,
    blockDialogs: false,
  };
}
