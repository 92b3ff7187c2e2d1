import type { PrinterSettings } from '@kezek/shared';

/**
 * A kiosk printer set to `local:` is attached to the kiosk itself (USB on a Windows kiosk, say): the
 * server renders the ticket's bytes as usual, and the kiosk page hands them to the Electron shell's
 * bridge (shared/src/bridge.ts) instead of the server sending them to a network printer.
 */
export const LOCAL_PRINTER_URL = 'local:';

export const isLocalPrinter = (printer: PrinterSettings | null): boolean =>
  printer?.url === LOCAL_PRINTER_URL;
