// The receipt as a 1-bit picture, drawn like a ticket (the same pen, font and QR code), so it prints
// Kazakh letters on any ESC/POS printer through the same raster path.
import { createCanvas } from '@napi-rs/canvas';
import { ticketBytes } from '../printing/escpos.js';
import { registerTicketFonts } from '../printing/fonts.js';
import { toMono, type MonoImage } from '../printing/mono-image.js';
import { Pen } from '../printing/render-ticket.js';
import { PAPER_DOTS, type PaperWidth } from '../printing/ticket-content.js';
import type { ReceiptContent } from '@kezek/shared';

const MAX_HEIGHT = 2400;
const INK_THRESHOLD = 170;

export function renderReceipt(c: ReceiptContent, paper: PaperWidth): MonoImage {
  registerTicketFonts();
  const width = PAPER_DOTS[paper];
  const s = width / PAPER_DOTS[80];
  const canvas = createCanvas(width, MAX_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, MAX_HEIGHT);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const pen = new Pen(ctx, width, Math.round(12 * s));
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
  const height = Math.ceil(pen.y + 8);
  return toMono(ctx.getImageData(0, 0, width, height).data, width, height, INK_THRESHOLD);
}

export const receiptBytes = (c: ReceiptContent, paper: PaperWidth): Buffer =>
  ticketBytes(renderReceipt(c, paper));
