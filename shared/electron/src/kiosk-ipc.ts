// The kiosk's IPC handlers, as plain functions role-window.ts registers: each answers only the kiosk's
// own page (a message from any other sender gets nothing), and corner taps are counted here.
import type { LocalPrintOutcome } from '../../src/bridge.js';
import { cornerTapCounter } from './corner-taps.js';
import { localPrint, type Send } from './local-print.js';

export interface KioskIpcOptions {
  /** The shell config's local printer, if any. */
  printer: string | undefined;
  /** True when the message came from the kiosk window's own page. */
  fromPage: (sender: unknown) => boolean;
  onStaffGesture: () => void;
  now?: () => number;
  send?: Send;
}

export function kioskIpc(options: KioskIpcOptions) {
  const tap = cornerTapCounter();
  const now = options.now ?? Date.now;
  return {
    hasPrinter: (sender: unknown): boolean => options.fromPage(sender) && options.printer !== undefined,
    print: (sender: unknown, bytes: unknown): Promise<LocalPrintOutcome> =>
      options.fromPage(sender)
        ? localPrint(options.printer, bytes, options.send)
        : Promise.resolve({ ok: false, reason: 'failed' }),
    cornerTap: (sender: unknown): void => {
      if (options.fromPage(sender) && tap(now())) options.onStaffGesture();
    },
  };
}
