// The head's draft of which printer prints each desk's case receipts: none (the receipt shows on the
// desk's screen), a network printer of its own, or a kiosk's printer. Saved on its own command, so the
// case settings' draft never carries an old choice back.
import { isKioskChoice, type DeskPrinter, type ErrorCode, type Result } from '@kezek/shared';
import type { Connection } from '../lib/connection.svelte.ts';

export type PrinterKind = 'none' | 'network' | 'kiosk';

export interface DeskPrinterDraft {
  deskId: string;
  kind: PrinterKind;
  url: string;
  paperWidth: 58 | 80;
  kioskId: string;
}

export class DeskPrintersDraft {
  rows = $state<DeskPrinterDraft[]>([]);
  /** Why the saved choice could not be read. */
  error = $state<ErrorCode | null>(null);

  constructor(private readonly conn: Connection) {}

  /** `firstKiosk`: what a desk switched to "a kiosk's printer" starts with. */
  async load(deskIds: readonly string[], firstKiosk: string): Promise<void> {
    const r = await this.conn.send('case:settings', {});
    if (!r.ok) return void (this.error = r.error);
    const chosen = r.data.settings.deskPrinters ?? {};
    this.rows = deskIds.map((deskId) => draftOf(deskId, chosen[deskId], firstKiosk));
  }

  save(): Promise<Result<null>> {
    const deskPrinters: Record<string, DeskPrinter> = {};
    for (const row of this.rows) {
      if (row.kind === 'network')
        deskPrinters[row.deskId] = { url: row.url.trim(), paperWidth: row.paperWidth };
      if (row.kind === 'kiosk') deskPrinters[row.deskId] = { kioskId: row.kioskId };
    }
    return this.conn.send('case:save-desk-printers', { deskPrinters });
  }
}

function draftOf(deskId: string, p: DeskPrinter | undefined, firstKiosk: string): DeskPrinterDraft {
  const empty = { deskId, url: 'tcp://', paperWidth: 80 as const, kioskId: firstKiosk };
  if (!p) return { ...empty, kind: 'none' };
  if (isKioskChoice(p)) return { ...empty, kind: 'kiosk', kioskId: p.kioskId };
  return { ...empty, kind: 'network', url: p.url, paperWidth: p.paperWidth };
}
