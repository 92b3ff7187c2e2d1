// What the kiosk's `print` answers the page: never a rejection, always an outcome it can act on.
import type { LocalPrintOutcome } from '../../src/bridge.js';
import { parsePrinter, sendToPrinter, type PrinterTarget } from './printer-transport.js';

export type Send = (target: PrinterTarget, bytes: Uint8Array) => Promise<void>;

/** Bytes bigger than this are not a ticket (a raster ticket is about 30 KB): refuse before the device. */
export const MAX_PRINT_BYTES = 1024 * 1024;

export async function localPrint(
  printerSpec: string | undefined,
  bytes: unknown,
  send: Send = sendToPrinter,
): Promise<LocalPrintOutcome> {
  const target = printerSpec ? parsePrinter(printerSpec) : null;
  if (!target) return { ok: false, reason: 'no_printer' };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0 || bytes.length > MAX_PRINT_BYTES) {
    return { ok: false, reason: 'failed', message: 'not a ticket' };
  }
  try {
    await send(target, bytes);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}
