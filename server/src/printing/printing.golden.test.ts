// A ticket in each language travels the whole way: rendered, encoded, sent over TCP to the virtual
// printer, decoded back into a picture and compared with the committed golden PNG.
// KEZEK_UPDATE_GOLDEN=1 rewrites the goldens; look at them (test-artifacts/printing/) before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsqr from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '@kezek/shared';
import { renderTicket } from './render-ticket.js';
import { ticketBytes } from './escpos.js';
import { countDifferent, isBlack } from './mono-image.js';
import { monoToPng, pngToMono } from './png.js';
import { tcpPrinter } from './tcp-printer.js';
import type { PaperWidth, TicketContent } from './ticket-content.js';
import { startVirtualPrinter, type VirtualPrinter } from './virtual-printer.js';

// jsqr is CommonJS with a `default` export: under NodeNext the default import is the module object.
const jsQR = jsqr.default;

const GOLDEN = join(import.meta.dirname, '__golden__');
const ARTIFACTS = join(import.meta.dirname, '..', '..', '..', 'test-artifacts', 'printing');
const UPDATE = process.env['KEZEK_UPDATE_GOLDEN'] === '1';
/** Skia builds may differ by an antialiased edge pixel here and there; a changed glyph is hundreds. */
const TOLERANCE_PIXELS = 40;

const texts: Record<
  Lang,
  Omit<
    TicketContent,
    'lang' | 'number' | 'peopleAhead' | 'estimateMin' | 'issuedAt' | 'timeZone' | 'statusUrl'
  >
> = {
  kk: {
    officeName: 'Әкімдіктің халыққа қызмет көрсету орталығы',
    sectorName: 'Азаматтық хал актілерін тіркеу',
    serviceName: 'Баланың тууын тіркеу',
    footer: 'Кезегіңізді күтіңіз. Рақмет! Әріптер: ә ғ қ ң ө ұ ү һ і',
  },
  ru: {
    officeName: 'Центр обслуживания населения акимата',
    sectorName: 'Регистрация актов гражданского состояния',
    serviceName: 'Регистрация рождения',
    footer: 'Ожидайте вызова. Спасибо! Қазақ әріптері: ә ғ қ ң ө ұ ү һ і',
  },
  en: {
    officeName: 'Akimat public service centre',
    sectorName: 'Civil registration',
    serviceName: 'Birth registration',
    footer: 'Please wait for your call. Thank you!',
  },
};

function content(lang: Lang): TicketContent {
  return {
    lang,
    number: 'C012',
    peopleAhead: 4,
    estimateMin: 12,
    issuedAt: Date.UTC(2026, 10, 22, 4, 15),
    timeZone: 'Asia/Almaty',
    statusUrl: 'http://192.168.1.20:8080/t/4f2a9c81d07e6b35',
    ...texts[lang],
  };
}

let printer: VirtualPrinter;
beforeAll(async () => {
  printer = await startVirtualPrinter();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => printer.close());

const cases: [Lang, PaperWidth][] = [
  ['kk', 80],
  ['ru', 80],
  ['en', 80],
  ['kk', 58],
];

describe('a printed ticket', () => {
  it.each(cases)('in %s on %i mm paper arrives at the printer as the golden picture', async (lang, paper) => {
    const image = renderTicket(content(lang), paper);
    const bytes = ticketBytes(image);
    const arrived = printer.nextJob();
    expect(await tcpPrinter('127.0.0.1', printer.port).print(bytes)).toBe('printed');
    const job = await arrived;
    // The driver asked DLE EOT 1 and 4 first, then sent the ticket unchanged.
    expect(job.queries).toEqual([1, 4]);
    expect(job.bytes.subarray(job.bytes.length - bytes.length).equals(bytes)).toBe(true);
    expect(job.cut).toBe(true);
    const decoded = job.image;
    if (!decoded) throw new Error('no picture in the job');
    expect(decoded.width).toBe(paper === 80 ? 576 : 384);

    const name = `ticket-${lang}-${paper}mm.png`;
    writeFileSync(join(ARTIFACTS, name), monoToPng(decoded));
    const goldenPath = join(GOLDEN, name);
    if (UPDATE || !existsSync(goldenPath)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(goldenPath, monoToPng(decoded));
    }
    const golden = await pngToMono(readFileSync(goldenPath));
    expect(countDifferent(decoded, golden)).toBeLessThanOrEqual(TOLERANCE_PIXELS);
  });

  it.each([58, 80] as const)(
    'prints a four-digit number whole, inside the margins, on %i mm paper',
    (paper) => {
      const image = renderTicket({ ...content('kk'), number: 'W8888' }, paper);
      const margin = Math.round((12 * image.width) / 576);
      for (let y = 0; y < image.height; y++) {
        for (const x of [margin - 1, image.width - margin]) expect(isBlack(image, x, y)).toBe(false);
      }
    },
  );

  it('carries a QR code a phone camera reads as the status address', () => {
    const image = renderTicket(content('kk'), 58);
    const rgba = new Uint8ClampedArray(image.width * image.height * 4);
    for (let y = 0; y < image.height; y++)
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        const v = isBlack(image, x, y) ? 0 : 255;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = v;
        rgba[i + 3] = 255;
      }
    expect(jsQR(rgba, image.width, image.height)?.data).toBe('http://192.168.1.20:8080/t/4f2a9c81d07e6b35');
  });

  it('measures render time and size (printed for docs/decisions.md)', () => {
    for (const paper of [58, 80] as const) {
      renderTicket(content('kk'), paper);
      const t0 = performance.now();
      const runs = 20;
      let size = 0;
      for (let i = 0; i < runs; i++) size = ticketBytes(renderTicket(content('kk'), paper)).length;
      console.log(
        `ticket ${paper} mm: render+encode ${((performance.now() - t0) / runs).toFixed(1)} ms, ${size} bytes`,
      );
      expect(size).toBeGreaterThan(0);
    }
  });
});
