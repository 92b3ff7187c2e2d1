// QR modules for the ticket's status address; drawn by whoever needs them (paper or SVG).
import QRCode from 'qrcode';

export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  // M corrects 15 % damage: enough for a scuffed thermal ticket, small enough for 58 mm paper.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 };
}

/** A standalone SVG with a quiet zone, for screens (the kiosk's ticket view). */
export function qrSvg(text: string): string {
  const m = qrMatrix(text);
  const q = 4;
  let path = '';
  for (let y = 0; y < m.size; y++)
    for (let x = 0; x < m.size; x++) if (m.dark(x, y)) path += `M${x + q} ${y + q}h1v1h-1z`;
  const n = m.size + 2 * q;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges"><rect width="${n}" height="${n}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
