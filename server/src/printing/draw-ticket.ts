// The ticket as a 1-bit picture, drawn with @napi-rs/canvas (skia, prebuilt in the npm package) and the
// bundled DejaVu font. Everything is black on white with no grey, so the 1-bit threshold loses nothing.
// The words come translated (`lines`): the render thread then loads neither the catalogues nor the
// rest of @kezek/shared (~26 MB).
import type { MonoImage } from './mono-image.js';
import { PAPER_DOTS, type PaperWidth } from './paper.js';
import { drawOnPaper } from './paper-canvas.js';
import type { TicketContent, TicketLines } from './ticket-content.js';

export function drawTicket(content: TicketContent, lines: TicketLines, paper: PaperWidth): MonoImage {
  const width = PAPER_DOTS[paper];
  const s = width / PAPER_DOTS[80]; // sizes below are for 80 mm and scale down for 58 mm
  return drawOnPaper(width, s, (pen) => {
    if (lines.sample) pen.text(lines.sample, 30 * s, true);
    pen.text(content.officeName, 26 * s, true);
    pen.rule(3);
    pen.text(lines.label, 24 * s, false);
    pen.text(content.number, pen.fitting(content.number, 150 * s, true), true, 0.95);
    pen.text(content.sectorName, 30 * s, true);
    if (content.serviceName) pen.text(content.serviceName, 24 * s, false);
    if (lines.booking) pen.text(lines.booking, 26 * s, true);
    pen.gap(10 * s);
    if (lines.ahead) pen.text(lines.ahead, 28 * s, false);
    pen.text(lines.estimate, lines.ahead ? 28 * s : 24 * s, false);
    pen.text(lines.issued, 22 * s, false);
    pen.gap(12 * s);
    pen.qr(content.statusUrl, Math.round(240 * s));
    pen.text(lines.scan, 20 * s, false);
    pen.rule(2);
    if (content.footer) pen.text(content.footer, 22 * s, false);
  });
}
