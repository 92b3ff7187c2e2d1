// A printer behind a Linux device file (usblp: /dev/usb/lp0). The kernel driver gives no reliable
// status back channel, so paper-out cannot be asked here; a missing or unplugged device reads as offline.
import { open } from 'node:fs/promises';
import type { PrintStatus } from '@kezek/shared';
import type { Printer, PrinterState } from './printer.js';

const OFFLINE_CODES = new Set(['ENOENT', 'ENODEV', 'ENXIO', 'EIO']);

export function filePrinter(path: string): Printer {
  return {
    async status(): Promise<PrinterState> {
      try {
        const handle = await open(path, 'a');
        await handle.close();
        return 'unknown';
      } catch {
        return 'offline';
      }
    },
    async print(bytes): Promise<PrintStatus> {
      try {
        const handle = await open(path, 'a');
        try {
          await handle.write(bytes);
        } finally {
          await handle.close();
        }
        return 'printed';
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        return OFFLINE_CODES.has(code) ? 'offline' : 'error';
      }
    },
  };
}
