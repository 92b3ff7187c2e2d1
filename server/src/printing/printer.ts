// The printer port: one method to print, one to ask. Drivers: tcp-printer.ts (port 9100, the usual
// network and Ethernet-USB case) and file-printer.ts (a Linux device file); anything else is refused clearly.
import type { PrintStatus, PrinterSettings } from '@kezek/shared';
import { filePrinter } from './file-printer.js';
import { tcpPrinter } from './tcp-printer.js';

/** What a printer says before a job: 'unknown' when it cannot answer (no back channel). */
export type PrinterState = 'ready' | 'paper_out' | 'offline' | 'unknown';

export interface Printer {
  /** Asks the status first where the printer can answer; never prints on a printer known to be out of paper. */
  print(bytes: Uint8Array): Promise<PrintStatus>;
  status(): Promise<PrinterState>;
}

export type OpenPrinter = (settings: PrinterSettings) => Printer;

export const openPrinter: OpenPrinter = ({ url }) => {
  const parsed = safeUrl(url);
  if (parsed?.protocol === 'tcp:' && parsed.hostname)
    return tcpPrinter(parsed.hostname, Number(parsed.port || 9100));
  if (parsed?.protocol === 'file:') return filePrinter(decodeURIComponent(parsed.pathname));
  // serial:// and spooler:// are described in docs/printing.md but have no driver yet.
  return unsupported;
};

const unsupported: Printer = {
  print: () => Promise.resolve('error'),
  status: () => Promise.resolve('unknown'),
};

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
