// The receipt as a 1-bit picture, drawn like a ticket (the same pen, font and QR code), so it prints
// Kazakh letters on any ESC/POS printer through the same raster path.
import type { ReceiptContent } from '@kezek/shared';
import { ticketBytes } from '../printing/escpos.js';
import type { MonoImage } from '../printing/mono-image.js';
import { drawOnPaper } from '../printing/paper-canvas.js';
import { PAPER_DOTS, type PaperWidth } from '../printing/paper.js';

export function renderReceipt(c: ReceiptContent, paper: PaperWidth): MonoImage {
  const width = PAPER_DOTS[paper];
  const s = width / PAPER_DOTS[80];
  return drawOnPaper(width, s, (pen) => {
    pen.text(c.officeName, 26 * s, true);
    pen.rule(3);
    pen.text(c.title, 30 * s, true);
    pen.gap(6 * s);
    pen.text(c.numberLabel, 22 * s, false);
    pen.text(c.number, pen.fitting(c.number, 56 * s, true), true);
    if (c.sectorName) pen.text(c.sectorName, 24 * s, false);
    pen.gap(8 * s);
    pen.text(c.registered, 22 * s, false);
    pen.text(c.official, 22 * s, false);
    pen.text(c.due, 28 * s, true);
    pen.gap(12 * s);
    pen.qr(c.statusUrl, Math.round(240 * s));
    pen.text(c.scan, 20 * s, false);
    pen.rule(2);
  });
}

export const receiptBytes = (c: ReceiptContent, paper: PaperWidth): Buffer =>
  ticketBytes(renderReceipt(c, paper));
