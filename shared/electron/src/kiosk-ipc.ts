// The IPC handlers of the unattended screens, as plain functions role-window.ts registers: local printing
// (kiosk) and the staff gesture's corner taps (kiosk and display). Each answers only the window's own
// page (sender-check.ts); printing is rate-limited, and a failure reaches the page only as its reason:
// the device path and the error text go to the shell's log, not to whatever page asks.
import type { LocalPrintOutcome } from '../../src/bridge.js';
import { cornerTapCounter } from './corner-taps.js';
import { localPrint, type Send } from './local-print.js';
import { PRINT_RATE, tokenBucket, type BucketRule } from './rate-limit.js';

export interface KioskIpcOptions {
  /** The shell config's local printer, if any. */
  printer: string | undefined;
  /** True when the message came from the window's own page at the server's origin. */
  fromPage: (event: unknown) => boolean;
  /**
   * Where corner taps may come from: the page, and also the shell's own "connecting…" page, so staff
   * can reach the settings to fix a wrong server address. Defaults to `fromPage`.
   */
  tapFrom?: (event: unknown) => boolean;
  onStaffGesture: () => void;
  now?: () => number;
  send?: Send;
  printRate?: BucketRule;
  log?: (message: string) => void;
}

const FAILED: LocalPrintOutcome = { ok: false, reason: 'failed' };

export function kioskIpc(options: KioskIpcOptions) {
  const tap = cornerTapCounter();
  const now = options.now ?? Date.now;
  const take = tokenBucket(options.printRate ?? PRINT_RATE);
  const log = options.log ?? ((message: string) => console.warn(`kezek: ${message}`));
  return {
    hasPrinter: (event: unknown): boolean => options.fromPage(event) && options.printer !== undefined,
    print: async (event: unknown, bytes: unknown): Promise<LocalPrintOutcome> => {
      if (!options.fromPage(event)) return FAILED;
      if (!take(now())) {
        log('local print refused: more tickets than a kiosk issues');
        return FAILED;
      }
      const outcome = await localPrint(options.printer, bytes, options.send);
      if (outcome.ok) return outcome;
      if (outcome.message) log(`local print failed: ${outcome.message}`);
      return { ok: false, reason: outcome.reason };
    },
    cornerTap: (event: unknown): void => {
      if ((options.tapFrom ?? options.fromPage)(event) && tap(now())) options.onStaffGesture();
    },
  };
}
