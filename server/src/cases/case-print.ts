// A case's receipt: printed on the printer the head chose for the desk (a network printer, or a kiosk's:
// over the network, or through the kiosk's own shell when its printer is `local:`), and always handed
// back to the desk with its QR code so the screen can show it when no paper comes out.
import {
  isKioskChoice,
  isLocalPrinter,
  type Case,
  type CaseReceipt,
  type OfficeConfig,
  type PrinterSettings,
} from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import type { Printing } from '../printing/print-service.js';
import { qrSvg } from '../printing/qr.js';
import { renderPool } from '../printing/render-pool.js';
import { caseStatusUrl, receiptContent } from './receipt-content.js';

type Target = { printer: PrinterSettings } | { kioskId: string; paperWidth: PrinterSettings['paperWidth'] };

function receiptTarget(settings: SettingsPort, deskId: string | null): Target | null {
  const chosen = deskId ? settings.data.cases?.deskPrinters?.[deskId] : undefined;
  if (!chosen) return null;
  if (!isKioskChoice(chosen)) return { printer: chosen };
  const kiosk = settings.data.devices.find(
    (d) => d.id === chosen.kioskId && d.kind === 'kiosk' && !d.revoked,
  );
  if (!kiosk?.printer) return null;
  return isLocalPrinter(kiosk.printer)
    ? { kioskId: kiosk.id, paperWidth: kiosk.printer.paperWidth }
    : { printer: kiosk.printer };
}

export async function printReceipt(
  k: Readonly<Case>,
  deskId: string | null,
  deps: {
    settings: SettingsPort;
    printing: Printing;
    config: OfficeConfig;
    userNames: Record<string, string>;
  },
): Promise<CaseReceipt> {
  const url = caseStatusUrl(deps.printing.baseUrl(), k.code);
  const content = receiptContent(k, deps.config, deps.userNames[k.registeredBy] ?? '', url);
  const target = receiptTarget(deps.settings, deskId);
  // On the render thread, as tickets are: a receipt is as much canvas work as a ticket.
  const render = (paper: PrinterSettings['paperWidth']) =>
    renderPool().render({ kind: 'receipt', content, paper });
  const status = !target
    ? 'no_printer'
    : 'printer' in target
      ? await deps.printing.printBytes(target.printer, () => render(target.printer.paperWidth))
      : await deps.printing.printOnKiosk(target.kioskId, await render(target.paperWidth));
  return { status, content, qrSvg: qrSvg(url) };
}
