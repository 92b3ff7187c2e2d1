// `npm run icons`: draws the Kezek mark and writes the shell's icons to build/ (electron-builder's build
// resources): icon.png (1024 px, Linux and the source of every size) and icon.ico (Windows and the NSIS
// installer: 16–48 px as 32-bit bitmaps, which every Windows tool reads, 256 px as PNG). The files are
// committed; run this only after changing the drawing.
//
// The mark: a queue ticket (white, with the notches and the tear-off line of a paper ticket) on the
// shell's dark blue, with an amber "next" chevron. Shapes only, no text, so no font can change it.
import { createCanvas } from '@napi-rs/canvas';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const NAVY = '#0b1f33';
const PAPER = '#f4f7fb';
const AMBER = '#f5a623';

/** The mark at `size` px, drawn on a 100-unit grid. */
function draw(size) {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.scale(size / 100, size / 100);
  ctx.fillStyle = NAVY;
  ctx.beginPath();
  ctx.roundRect(2, 2, 96, 96, 20);
  ctx.fill();

  // The ticket, with a half-round notch cut from each long side at the tear-off line.
  const [x, y, w, h, tear] = [14, 27, 72, 46, 36];
  ctx.fillStyle = PAPER;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 6);
  ctx.fill();
  ctx.fillStyle = NAVY;
  for (const cy of [y, y + h]) {
    ctx.beginPath();
    ctx.arc(tear, cy, 6, 0, Math.PI * 2);
    ctx.fill();
  }
  // The tear-off line: dashes, left out below 32 px where they would only blur.
  if (size >= 32) {
    ctx.strokeStyle = NAVY;
    ctx.lineWidth = 2;
    ctx.setLineDash([4, 3.5]);
    ctx.beginPath();
    ctx.moveTo(tear, y + 9);
    ctx.lineTo(tear, y + h - 9);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  // "Next": a bold chevron on the ticket's main part.
  ctx.strokeStyle = AMBER;
  ctx.lineWidth = 9;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(52, 39);
  ctx.lineTo(63, 50);
  ctx.lineTo(52, 61);
  ctx.stroke();
  return canvas;
}

/** A 32-bit BITMAPINFOHEADER image as an .ico entry stores it: bottom-up BGRA, then an empty AND mask. */
function bitmapEntry(canvas, size) {
  const rgba = canvas.getContext('2d').getImageData(0, 0, size, size).data;
  const maskRow = Math.ceil(size / 32) * 4;
  const out = Buffer.alloc(40 + size * size * 4 + maskRow * size);
  out.writeUInt32LE(40, 0);
  out.writeInt32LE(size, 4);
  out.writeInt32LE(size * 2, 8); // colour rows plus mask rows
  out.writeUInt16LE(1, 12);
  out.writeUInt16LE(32, 14);
  out.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const from = ((size - 1 - row) * size + col) * 4;
      const to = 40 + (row * size + col) * 4;
      out[to] = rgba[from + 2];
      out[to + 1] = rgba[from + 1];
      out[to + 2] = rgba[from];
      out[to + 3] = rgba[from + 3];
    }
  }
  return out;
}

function ico(sizes) {
  const images = sizes.map((size) => {
    const canvas = draw(size);
    return { size, data: size >= 256 ? canvas.toBuffer('image/png') : bitmapEntry(canvas, size) };
  });
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header[at] = size >= 256 ? 0 : size; // 0 means 256
    header[at + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, at + 4); // planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

const out = resolve(import.meta.dirname, '..', 'build');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'icon.png'), draw(1024).toBuffer('image/png'));
writeFileSync(join(out, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
console.log(`kezek: icons written to ${out}`);
