// A case's receipt: printed at the desk's printer when it has one, else at the first kiosk printer the
// server reaches, and always handed back to the desk with its QR code so the screen can show it when
// no paper comes out.
import {
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

function receiptPrinter(settings: SettingsPort, deskId: string | null): PrinterSettings | null {
  const own = deskId ? settings.data.cases?.deskPrinters?.[deskId] : undefined;
  if (own) return own;
  const kiosk = settings.data.devices.find(
    (d) => d.kind === 'kiosk' && !d.revoked && d.printer && !isLocalPrinter(d.printer),
  );
  return kiosk?.printer ?? null;
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
  const printer = receiptPrinter(deps.settings, deskId);
  const status = printer
    ? await deps.printing.printBytes(printer, () =>
        // On the render thread, as tickets are: a receipt is as much canvas work as a ticket.
        renderPool().render({ kind: 'receipt', content, paper: printer.paperWidth }),
      )
    : 'no_printer';
  return { status, content, qrSvg: qrSvg(url) };
}
