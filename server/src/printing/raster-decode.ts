// Turns ESC/POS bytes back into what the paper would show: the `GS v 0` bands stacked top to bottom.
// No npm package does this (FACTS), and the virtual printer needs it to let tests look at the paper.
import { bytesPerRow, type MonoImage } from './mono-image.js';

export interface DecodedJob {
  image: MonoImage | null;
  /** Whether the job ended with a cut (GS V). */
  cut: boolean;
  /** Status queries (DLE EOT n) seen, in order. */
  queries: number[];
}

export function decodeEscPos(bytes: Uint8Array): DecodedJob {
  const bands: MonoImage[] = [];
  const queries: number[] = [];
  let cut = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const next = bytes[i + 1];
    if (b === 0x1d && next === 0x76 && bytes[i + 2] === 0x30) {
      const xBytes = (bytes[i + 4] ?? 0) | ((bytes[i + 5] ?? 0) << 8);
      const rows = (bytes[i + 6] ?? 0) | ((bytes[i + 7] ?? 0) << 8);
      const start = i + 8;
      bands.push({ width: xBytes * 8, height: rows, bits: bytes.slice(start, start + xBytes * rows) });
      i = start + xBytes * rows;
    } else if (b === 0x10 && next === 0x04) {
      queries.push(bytes[i + 2] ?? 0);
      i += 3;
    } else if (b === 0x1d && next === 0x56) {
      cut = true;
      i += bytes[i + 2] === 0x41 || bytes[i + 2] === 0x42 ? 4 : 3;
    } else if (b === 0x1b && (next === 0x64 || next === 0x4a))
      i += 3; // ESC d n, ESC J n
    else if (b === 0x1b && next === 0x40) i += 2;
    else if (b === 0x1c && next === 0x2e) i += 2;
    else i += 1;
  }
  return { image: stack(bands), cut, queries };
}

function stack(bands: MonoImage[]): MonoImage | null {
  const first = bands[0];
  if (!first) return null;
  const width = first.width;
  const height = bands.reduce((h, b) => h + b.height, 0);
  const bits = new Uint8Array(bytesPerRow(width) * height);
  let offset = 0;
  for (const band of bands) {
    bits.set(band.bits.subarray(0, bytesPerRow(width) * band.height), offset);
    offset += bytesPerRow(width) * band.height;
  }
  return { width, height, bits };
}
