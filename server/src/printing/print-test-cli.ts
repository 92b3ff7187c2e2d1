// `npm run print-test -- --printer tcp://HOST:9100 [--lang kk|ru|en] [--width 58|80] [--png FILE]`:
// prints a sample ticket so an installer can check the printer, its paper width and the Kazakh letters.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGS, staffDateTime, type Lang } from '@kezek/shared';
import { ticketBytes } from './escpos.js';
import { openPrinter } from './printer.js';
import { monoToPng } from './png.js';
import { renderTicket } from './render-ticket.js';
import type { PaperWidth } from './ticket-content.js';

const SAMPLE: Record<Lang, { office: string; sector: string; footer: string }> = {
  kk: {
    office: 'Кезек — сынақ басып шығару',
    sector: 'Өтініштерді қабылдау',
    footer: 'ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І',
  },
  ru: {
    office: 'Кезек — пробная печать',
    sector: 'Приём заявлений и обращений',
    footer: 'ә ғ қ ң ө ұ ү һ і · Ёё Йй Щщ',
  },
  en: {
    office: 'Kezek — test print',
    sector: 'Applications and appeals intake',
    footer: 'ә ғ қ ң ө ұ ү һ і',
  },
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      printer: { type: 'string' },
      lang: { type: 'string', default: 'kk' },
      width: { type: 'string', default: '80' },
      png: { type: 'string' },
    },
  });
  const lang = values.lang as Lang;
  const width = Number(values.width) as PaperWidth;
  if (!values.printer || !LANGS.includes(lang) || (width !== 58 && width !== 80)) {
    console.error(
      'usage: npm run print-test -- --printer tcp://HOST:9100 [--lang kk|ru|en] [--width 58|80] [--png FILE]',
    );
    return 2;
  }
  const text = SAMPLE[lang];
  const now = Date.now();
  const image = renderTicket(
    {
      lang,
      officeName: text.office,
      number: 'A000',
      sectorName: text.sector,
      serviceName: null,
      peopleAhead: 0,
      estimateMin: 5,
      issuedAt: now,
      timeZone: 'Asia/Almaty',
      statusUrl: 'http://kezek.local/t/sample',
      footer: text.footer,
      sample: true,
    },
    width,
  );
  const bytes = ticketBytes(image);
  if (values.png) writeFileSync(values.png, monoToPng(image));
  const printer = openPrinter({ url: values.printer, paperWidth: width });
  process.stdout.write(`printer status before printing: ${await printer.status()}\n`);
  const status = await printer.print(bytes);
  process.stdout.write(
    `${staffDateTime(now, 'Asia/Almaty')} sample ticket (${lang}, ${width} mm, ${bytes.length} bytes): ${status}\n`,
  );
  return status === 'printed' ? 0 : 1;
}

process.exitCode = await main();
