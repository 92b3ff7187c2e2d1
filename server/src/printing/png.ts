// 1-bit pictures to and from PNG, for golden tests, test artifacts and print-test previews.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { isBlack, toMono, type MonoImage } from './mono-image.js';

export function monoToPng(image: MonoImage): Buffer {
  const canvas = createCanvas(image.width, Math.max(1, image.height));
  const ctx = canvas.getContext('2d');
  const data = ctx.createImageData(image.width, Math.max(1, image.height));
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const v = isBlack(image, x, y) ? 0 : 255;
      const i = (y * image.width + x) * 4;
      data.data[i] = data.data[i + 1] = data.data[i + 2] = v;
      data.data[i + 3] = 255;
    }
  ctx.putImageData(data, 0, 0);
  return canvas.toBuffer('image/png');
}

export async function pngToMono(png: Buffer): Promise<MonoImage> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return toMono(ctx.getImageData(0, 0, img.width, img.height).data, img.width, img.height);
}
