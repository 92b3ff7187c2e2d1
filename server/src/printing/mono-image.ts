// A 1-bit picture as a thermal printer takes it: rows of packed bits, most significant bit first,
// 1 = black. Printing Kazakh as pixels is what makes ә ғ қ ң ө ұ ү һ і survive every printer (FACTS:
// no code page is reliable across vendors).
export interface MonoImage {
  /** Dots; a multiple of 8. */
  width: number;
  height: number;
  /** height rows of width / 8 bytes. */
  bits: Uint8Array;
}

export const bytesPerRow = (width: number): number => Math.ceil(width / 8);

export function isBlack(image: MonoImage, x: number, y: number): boolean {
  const byte = image.bits[y * bytesPerRow(image.width) + (x >> 3)] ?? 0;
  return (byte & (0x80 >> (x & 7))) !== 0;
}

/** RGBA pixels to 1 bit: dark enough (luminance below `threshold` of 255) and opaque prints black. */
export function toMono(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  threshold = 128,
): MonoImage {
  const row = bytesPerRow(width);
  const bits = new Uint8Array(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const alpha = (rgba[i + 3] ?? 0) / 255;
      // Transparent counts as paper (white).
      const lum =
        255 -
        alpha * (255 - (0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0)));
      const at = y * row + (x >> 3);
      if (lum < threshold) bits[at] = (bits[at] ?? 0) | (0x80 >> (x & 7));
    }
  }
  return { width, height, bits };
}

/** Pixels that differ between two images of the same size (golden tests). */
export function countDifferent(a: MonoImage, b: MonoImage): number {
  if (a.width !== b.width || a.height !== b.height) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < a.bits.length; i++) {
    let x = (a.bits[i] ?? 0) ^ (b.bits[i] ?? 0);
    while (x) {
      n += x & 1;
      x >>= 1;
    }
  }
  return n;
}
