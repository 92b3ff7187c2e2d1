// The shell's own command-line switches. Chromium and Electron add switches of their own (and the
// executable and app path come first), so anything not ours is ignored rather than refused.
import { isRole, normalizeServer, type ShellRole } from './roles.js';

export interface ShellArgs {
  role?: ShellRole;
  /** Normalised origin, e.g. "http://192.168.1.10:8080". */
  server?: string;
  /** Index into the list of monitors (display role). */
  screen?: number;
  /** Forget the saved configuration and show the first-run page. */
  reset: boolean;
  /**
   * A supervisor (the Linux user service or kiosk session, Windows Shell Launcher) restarts the shell
   * whenever it exits, so the shell exits to restart instead of starting a copy of itself.
   */
  supervised: boolean;
  /** Open the settings (behind the PIN where one is saved), e.g. a second `kezek --settings` on a desk. */
  settings: boolean;
  /** Switches of ours whose value was wrong; main.ts reports them and carries on with the rest. */
  problems: string[];
}

export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const out: ShellArgs = { reset: false, supervised: false, settings: false, problems: [] };
  for (const arg of argv) {
    const m = /^--(role|server|screen|reset|supervised|settings)(?:=(.*))?$/.exec(arg);
    if (!m) continue;
    const [, name, value] = m;
    if (name === 'reset' || name === 'supervised' || name === 'settings') {
      out[name] = true;
    } else if (value === undefined || value === '') {
      out.problems.push(`--${name} needs a value, e.g. --${name}=${example(name)}`);
    } else if (name === 'role') {
      if (isRole(value)) out.role = value;
      else out.problems.push(`--role must be kiosk, display or operator, got "${value}"`);
    } else if (name === 'server') {
      const origin = normalizeServer(value);
      if (origin) out.server = origin;
      else out.problems.push(`--server is not an address, got "${value}"`);
    } else {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 0) out.screen = n;
      else out.problems.push(`--screen must be 0, 1, 2…, got "${value}"`);
    }
  }
  return out;
}

function example(name: string | undefined): string {
  return name === 'role' ? 'kiosk' : name === 'server' ? '192.168.1.10' : '1';
}

/**
 * The arguments a relaunch starts with: the original ones without the switches that seed or reset the
 * config, which already did their work (kept, `--reset` would bring the first-run page back at every
 * start, and `--role`/`--server` would undo what staff saved). `argv` is process.argv minus the executable.
 */
export function relaunchArgs(argv: readonly string[]): string[] {
  return argv.filter((arg) => !/^--(role|server|screen|reset|settings)(=|$)/.test(arg));
}
