// ESC/POS bytes of a ticket: a pure function of the picture, so golden tests can pin them down.
// Only commands every ESC/POS printer knows since the 1990s: ESC @, GS v 0, ESC d, GS V.
import { bytesPerRow, type MonoImage } from './mono-image.js';

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const EOT = 0x04;

/** Lines fed after the picture so the cut does not go through the footer. */
const FEED_LINES = 4;
/**
 * `GS v 0` bands: some printers have a small receive buffer and drop data of one huge raster, so the
 * picture goes in bands of this many rows.
 */
const BAND_ROWS = 256;

export interface TicketBytesOptions {
  /** Chinese printers that start in double-byte mode need `FS .` (cancel Kanji mode) first. */
  cancelKanji?: boolean;
  cut?: boolean;
}

export function ticketBytes(image: MonoImage, options: TicketBytesOptions = {}): Buffer {
  const parts: Buffer[] = [Buffer.from([ESC, 0x40])]; // ESC @: initialise
  if (options.cancelKanji) parts.push(Buffer.from([0x1c, 0x2e])); // FS .
  const row = bytesPerRow(image.width);
  for (let y = 0; y < image.height; y += BAND_ROWS) {
    const rows = Math.min(BAND_ROWS, image.height - y);
    // GS v 0 m xL xH yL yH: m = 0 (normal density), x in bytes, y in dots.
    parts.push(Buffer.from([GS, 0x76, 0x30, 0, row & 0xff, row >> 8, rows & 0xff, rows >> 8]));
    parts.push(Buffer.from(image.bits.subarray(y * row, (y + rows) * row)));
  }
  parts.push(Buffer.from([ESC, 0x64, FEED_LINES])); // ESC d n: print and feed n lines
  if (options.cut !== false) parts.push(Buffer.from([GS, 0x56, 0x42, 0])); // GS V 66 0: feed to cutter, partial cut
  return Buffer.concat(parts);
}

/** DLE EOT n: real-time status. 1 = printer (online/offline), 4 = roll paper sensor. */
export const statusQuery = (n: 1 | 2 | 3 | 4): Buffer => Buffer.from([DLE, EOT, n]);

/** DLE EOT 1 answer: bit 3 set means offline. */
export const isOfflineByte = (b: number): boolean => (b & 0x08) !== 0;
/** DLE EOT 4 answer: bits 5-6 set means the roll is out (bits 2-3: near end, still prints). */
export const isPaperOutByte = (b: number): boolean => (b & 0x60) === 0x60;
/** Answers to DLE EOT always have bit 4 set and bits 0 and 7 clear, which tells them from other bytes. */
export const isStatusByte = (b: number): boolean => (b & 0x93) === 0x12;
