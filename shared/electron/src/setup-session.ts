// Whether the settings window may show and save the form. First run (nothing saved, or a kiosk or display
// that has no PIN yet, so no role window is open) is open, and asks for the PIN. Staff settings opened
// from the role's window are behind the saved PIN and its growing delays; only a desk without a PIN is
// open, since its window belongs to the specialist anyway.
import type { SetupNotice, SetupState, UnlockResult } from './channels.js';
import type { ShellConfig } from './config-store.js';
import type { PinGuard } from './pin-guard.js';
import { setupValues } from './setup-form.js';

export type SetupMode = 'first-run' | 'staff';

export interface SetupSessionOptions {
  mode: SetupMode;
  /** The saved config (its PIN guards the staff settings). */
  saved: ShellConfig | null;
  /** What the form opens with: the saved config, or what the switches seeded. */
  current: Partial<ShellConfig> | null;
  guard: PinGuard;
  notice?: SetupNotice;
  now?: () => number;
}

export function setupSession(options: SetupSessionOptions) {
  const now = options.now ?? Date.now;
  const pin = options.saved?.pin;
  let unlocked = options.mode === 'first-run' || (options.saved?.role === 'operator' && pin === undefined);
  return {
    get unlocked(): boolean {
      return unlocked;
    },
    state(): SetupState {
      return {
        locked: !unlocked,
        waitSeconds: options.guard.waitSeconds(now()),
        values: setupValues(options.current),
        ...(options.notice ? { notice: options.notice } : {}),
      };
    },
    unlock(input: unknown): UnlockResult {
      if (unlocked) return { ok: true };
      const result = options.guard.check(typeof input === 'string' ? input : '', pin, now());
      unlocked = result.ok;
      return result;
    },
  };
}
