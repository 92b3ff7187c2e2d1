// How the shell ends: to restart after staff saved new settings, or for good when staff chose Quit.
// Under a supervisor every exit is followed by a fresh start, so the shell only exits; alone it relaunches
// itself, without the switches that seeded the config (args.ts).
import { relaunchArgs } from './args.js';

/**
 * The exit code of staff's "Quit" in the PIN-guarded settings. The supervisors are told to leave the
 * shell stopped on it (systemd `RestartPreventExitStatus=`, the session script, Shell Launcher's return
 * code action); every other exit, a crash included, is followed by a restart.
 */
export const STAFF_QUIT_EXIT_CODE = 64;

export interface RestartPlan {
  /** Arguments for app.relaunch({ args }), or null when the supervisor starts the next shell. */
  relaunch: string[] | null;
  exitCode: number;
}

export function restartPlan(argv: readonly string[], supervised: boolean): RestartPlan {
  return { relaunch: supervised ? null : relaunchArgs(argv.slice(1)), exitCode: 0 };
}
