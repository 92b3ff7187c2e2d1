// A case's receipt travels the ticket's whole way: a visit finished in progress, the desk asks for the
// receipt, the virtual printer gets ESC/POS raster bytes, and the picture's QR code is the case's own
// status address, which answers with the case in the visitor's language.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsqr from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t, type CaseView } from '@kezek/shared';
import { isBlack, type MonoImage } from '../printing/mono-image.js';
import { monoToPng } from '../printing/png.js';
import { startVirtualPrinter, type VirtualPrinter } from '../printing/virtual-printer.js';
import { openMemorySettings } from '../settings/settings-store.js';
import {
  demoSettingsOnce,
  expectOk,
  rid,
  send,
  startHarness,
  type Harness,
} from '../test-support/harness.js';
import { casePublicView } from './case-views.js';
import { receiptContent } from './receipt-content.js';
import { renderReceipt } from './render-receipt.js';

const jsQR = jsqr.default;
const ARTIFACTS = join(import.meta.dirname, '..', '..', '..', 'test-artifacts', 'cases');

let printer: VirtualPrinter;
let h: Harness;
beforeAll(async () => {
  printer = await startVirtualPrinter();
  mkdirSync(ARTIFACTS, { recursive: true });
  const settings = demoSettingsOnce();
  settings.cases = {
    prefix: 'ALM',
    iinEnabled: true,
    periods: { answerWorkingDays: 15, extensionMaxMonths: 2, notifyWorkingDays: 3, redirectWorkingDays: 3 },
    weekend: [0, 6],
    transfers: [],
    years: {},
    deskPrinters: { 'desk-1': { url: printer.url, paperWidth: 80 } },
  };
  h = await startHarness({ settings: openMemorySettings(settings) });
});
afterAll(async () => {
  await h.close();
  await printer.close();
});

function qrOf(image: MonoImage): string | null {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const v = isBlack(image, x, y) ? 0 : 255;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = v;
      rgba[i + 3] = 255;
    }
  return jsQR(rgba, image.width, image.height)?.data ?? null;
}

describe("a case's receipt", () => {
  it('prints at the desk printer in the visitor language with a QR code to the case status page', async () => {
    const kiosk = await h.device('kiosk');
    const op = await h.staff('op1');
    expectOk(
      await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk', priority: null }),
    );
    for (const e of ['desk:open', 'desk:call-next', 'desk:start'] as const)
      expectOk(await send(op, e, { requestId: rid(), deskId: 'desk-1' }));
    const opened = new Promise<CaseView>((r) => op.once('case:changed', r));
    const finish = { requestId: rid(), deskId: 'desk-1', outcome: 'in_progress' as const, note: 'Жер' };
    expectOk(await send(op, 'desk:finish', finish));
    const k = await opened;
    const arrived = printer.nextJob();
    const receipt = expectOk(await send(op, 'case:print-receipt', { caseId: k.id, deskId: 'desk-1' }));
    expect(receipt.status).toBe('printed');
    expect(receipt.content).toMatchObject({
      lang: 'kk',
      number: k.number,
      title: t('kk', 'case.receipt.title'),
    });
    const official = h.settings.data.users.find((u) => u.id === 'u-op1')?.name ?? '?';
    expect(receipt.content.official).toContain(official);
    expect(receipt.qrSvg).toMatch(/^<svg/);
    const job = await arrived;
    if (!job.image) throw new Error('no picture in the job');
    writeFileSync(join(ARTIFACTS, 'receipt-kk-80mm.png'), monoToPng(job.image));
    const url = qrOf(job.image);
    expect(url).toMatch(new RegExp(`/c/${k.code}$`));
    const found = await h.app.cases.findByCode(k.code);
    if (!found) throw new Error('case not found by its code');
    const view = casePublicView(found, h.settings.data.office, Date.now());
    expect(view).toMatchObject({
      number: k.number,
      lang: 'kk',
      status: 'open',
      steps: [{ kind: 'registered' }],
    });
    expect(JSON.stringify(view)).not.toContain('Жер'); // the topic and notes stay with the staff
  });

  it('answers with the receipt for the screen when no printer is there', async () => {
    const op = await h.staff('op1');
    const k = expectOk(
      await send(op, 'case:open', { requestId: rid(), sectorId: 'legal', topic: 'Appeal', lang: 'ru' }),
    );
    const receipt = expectOk(await send(op, 'case:print-receipt', { caseId: k.id, deskId: 'desk-2' }));
    expect(receipt.status).toBe('no_printer');
    expect(receipt.content.due).toContain(k.dueOn.slice(8, 10));
  });

  it('fits on 58 mm paper in Russian and English too', () => {
    const k = h.app.cases.cases;
    const any = Object.values(k.cases)[0];
    if (!any) throw new Error('no case');
    for (const lang of ['ru', 'en'] as const) {
      const content = receiptContent(
        { ...any, lang },
        h.settings.data.office,
        'Айгерім Серікқызы',
        'http://10.0.0.5:8080/c/abc123',
      );
      const image = renderReceipt(content, 58);
      writeFileSync(join(ARTIFACTS, `receipt-${lang}-58mm.png`), monoToPng(image));
      expect(qrOf(image)).toBe('http://10.0.0.5:8080/c/abc123');
    }
  });
});
