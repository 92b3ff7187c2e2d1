// What the Electron shell (shared/electron/) puts on `window.kezek` for the page it loads from the server.
// Types only: the shell's preloads are written `satisfies` these interfaces, and the pages read them. In a
// plain browser (or Chromium in --kiosk mode) there is no bridge, and every page must still work.

/** The device roles the one shell can play; each loads `http://<server>:8080/<role>/`. */
export type ShellRole = 'kiosk' | 'display' | 'operator';

/** Why a local print did not happen; the page then shows the ticket as not printed, with its QR code. */
export type LocalPrintFailure = 'no_printer' | 'failed';

export type LocalPrintOutcome = { ok: true } | { ok: false; reason: LocalPrintFailure; message?: string };

/**
 * The kiosk shell's bridge: printing on a printer attached to the kiosk itself.
 *
 * Contract for the kiosk page (kiosk/src/lib/kiosk-connection.svelte.ts). The office's printer setting for
 * the kiosk decides: any printer but `local:` is driven by the server, with or without the shell, and the
 * bridge is not used. For a `local:` kiosk:
 * 1. `const bridge = getShellBridge(window)`; if it is undefined (a plain browser) or not `role === 'kiosk'`,
 *    or `await bridge.hasLocalPrinter()` is false, there is nothing to print on: the ticket shows as
 *    `no_printer`, with its QR code.
 * 2. Otherwise fetch the ticket's ESC/POS bytes from the server (the server renders them, docs/printing.md;
 *    the shell never makes ticket bytes itself) and call `bridge.print(bytes)`. The bytes are sent to the
 *    device as they are.
 * 3. `{ ok: false, reason: 'failed' }` means the printer did not take the bytes (unplugged, no paper, port
 *    busy): the ticket shows as not printed, with its QR code, as for a server printer that failed.
 * `print` never rejects; it resolves within the transport's timeout (10 s).
 */
export interface KioskBridge {
  readonly role: 'kiosk';
  hasLocalPrinter(): Promise<boolean>;
  print(bytes: Uint8Array): Promise<LocalPrintOutcome>;
}

/** The hall display's bridge: nothing to call; its presence tells the page it runs in the shell. */
export interface DisplayBridge {
  readonly role: 'display';
}

/**
 * The operator shell's bridge: a global hotkey (default F9, set in the shell's config) that works even when
 * another program has the keyboard.
 *
 * Contract for the operator page: `bridge.onCallNext(() => callNext())` when the desk is ready to call, and
 * call the returned function to stop listening. While no listener is registered the shell instead sends the
 * page a `keydown` with `code: 'KeyN'` on `document` (the desk's own "call next" key), so pages that do not
 * know the bridge still work.
 */
export interface OperatorBridge {
  readonly role: 'operator';
  onCallNext(listener: () => void): () => void;
}

export type ShellBridge = KioskBridge | DisplayBridge | OperatorBridge;

/** The property of `window` the shell fills. */
export const SHELL_BRIDGE_KEY = 'kezek';

const ROLES: readonly ShellRole[] = ['kiosk', 'display', 'operator'];

/** The shell's bridge on `globalObject` (pass `window`), or undefined in a plain browser. */
export function getShellBridge(globalObject: unknown): ShellBridge | undefined {
  if (typeof globalObject !== 'object' || globalObject === null) return undefined;
  const bridge = (globalObject as Record<string, unknown>)[SHELL_BRIDGE_KEY];
  if (typeof bridge !== 'object' || bridge === null) return undefined;
  const role = (bridge as { role?: unknown }).role;
  return ROLES.includes(role as ShellRole) ? (bridge as ShellBridge) : undefined;
}
