// A paper-wide canvas to draw a ticket or a receipt on, and the pen that draws on it. One canvas per
// paper width is kept and cleared for each job: a canvas of 576 x 2400 dots is 5.5 MB of native memory
// the garbage collector does not see. The same holds for the pixels read back (see render-worker.ts).
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { registerTicketFonts, TICKET_FONT } from './fonts.js';
import { toMono, type MonoImage } from './mono-image.js';
import { qrMatrix } from './qr.js';

/** Taller than any ticket; the picture is cropped to what was drawn. */
const MAX_HEIGHT = 2400;
const MIN_TEXT_DOTS = 18;
/** Grey edge pixels darker than this count as ink: keeps thin strokes whole on 1 bit. */
const INK_THRESHOLD = 170;

const canvases = new Map<number, Canvas>();

/**
 * Draws with `draw` on a clean canvas `width` dots wide and returns what was drawn as a 1-bit picture.
 * `draw` gets the pen and the scale of 80 mm sizes to this paper.
 */
export function drawOnPaper(width: number, scale: number, draw: (pen: Pen) => void): MonoImage {
  registerTicketFonts();
  let canvas = canvases.get(width);
  if (!canvas) {
    canvas = createCanvas(width, MAX_HEIGHT);
    canvases.set(width, canvas);
  }
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, MAX_HEIGHT);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const pen = new Pen(ctx, width, Math.round(12 * scale));
  draw(pen);
  const height = Math.min(MAX_HEIGHT, Math.ceil(pen.y + 8));
  return toMono(ctx.getImageData(0, 0, width, height).data, width, height, INK_THRESHOLD);
}

/** Draws top to bottom, centred, wrapping words to the paper; the case receipt draws with it too. */
export class Pen {
  y = 8;
  constructor(
    private readonly ctx: SKRSContext2D,
    private readonly width: number,
    private readonly margin: number,
  ) {}

  text(value: string, size: number, bold: boolean, lineHeight = 1.25): void {
    // Below 18 dots a regular stroke is thinner than one dot and breaks up on 1 bit.
    const px = Math.max(MIN_TEXT_DOTS, Math.round(size));
    this.ctx.font = `${bold ? 'bold ' : ''}${px}px "${TICKET_FONT}"`;
    for (const line of this.wrap(value)) {
      this.ctx.fillText(line, this.width / 2, this.y);
      this.y += px * lineHeight;
    }
  }

  /** `size`, or smaller so one line of `value` fits between the margins (a busy day's "A1000"). */
  fitting(value: string, size: number, bold: boolean): number {
    this.ctx.font = `${bold ? 'bold ' : ''}${Math.round(size)}px "${TICKET_FONT}"`;
    const room = this.width - 2 * this.margin;
    const wide = this.ctx.measureText(value).width;
    return wide <= room ? size : Math.floor((size * room) / wide);
  }

  gap(dots: number): void {
    this.y += dots;
  }

  rule(thickness: number): void {
    this.y += 6;
    this.ctx.fillRect(this.margin, Math.round(this.y), this.width - 2 * this.margin, thickness);
    this.y += thickness + 10;
  }

  /** Whole dots per module, so every module prints square and sharp. */
  qr(text: string, maxSize: number): void {
    const m = qrMatrix(text);
    const dot = Math.max(2, Math.floor(maxSize / m.size));
    const left = Math.round((this.width - dot * m.size) / 2);
    const top = Math.round(this.y);
    for (let y = 0; y < m.size; y++)
      for (let x = 0; x < m.size; x++)
        if (m.dark(x, y)) this.ctx.fillRect(left + x * dot, top + y * dot, dot, dot);
    this.y = top + dot * m.size + 10;
  }

  private wrap(value: string): string[] {
    const max = this.width - 2 * this.margin;
    const out: string[] = [];
    let line = '';
    for (const word of value.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.ctx.measureText(next).width > max) {
        out.push(line);
        line = word;
      } else line = next;
    }
    if (line) out.push(line);
    return out;
  }
}
