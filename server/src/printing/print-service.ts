// Prints each ticket a kiosk issues on that kiosk's printer, after the kiosk has its ack: a slow or
// broken printer never holds up the queue. The office's committed events drive it, so a retried
// `ticket:issue` (answered from memory) and a replay after restart never print a ticket twice.
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  isLocalPrinter,
  issuedTicket,
  type Alert,
  type IssuedTicket,
  type PrintStatus,
  type PrinterSettings,
} from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import type { KezekServer } from '../handlers/context.js';
import type { Logger } from '../logger.js';
import type { Office } from '../office/office.js';
import { actorRoom } from '../rooms.js';
import { printOnKiosk } from './kiosk-receipt.js';
import { openPrinter as openReal, type OpenPrinter } from './printer.js';
import { publicBaseUrl } from './status-url.js';
import { issuedTicketBytes } from './ticket-job.js';

export interface PrintingDeps {
  io: KezekServer;
  office: Office;
  settings: SettingsPort;
  log: Logger;
  http: HttpServer;
  /** Raises an alert on the head's screens (the alert monitor keeps it in the head's list too). */
  raise: (alert: Omit<Alert, 'id' | 'at'>) => void;
  openPrinter?: OpenPrinter;
}

export interface Printing {
  /** Renders and prints one ticket on `printer`; the head's test print uses it too. */
  print(printer: PrinterSettings, issued: IssuedTicket, sample?: boolean): Promise<PrintStatus>;
  /** Prints other paper (a case's receipt) in the same per-printer line as the tickets. */
  printBytes(printer: PrinterSettings, bytes: () => Promise<Uint8Array>): Promise<PrintStatus>;
  /** Sends paper to a kiosk whose printer is `local:`, for its shell to print. */
  printOnKiosk(kioskId: string, bytes: Uint8Array): Promise<PrintStatus>;
  baseUrl(): string;
}

export function attachPrinting(deps: PrintingDeps): Printing {
  const open = deps.openPrinter ?? openReal;
  // One job at a time per printer: raw port 9100 serves one connection, and tickets must come out in order.
  const queues = new Map<string, Promise<unknown>>();
  const baseUrl = () => publicBaseUrl((deps.http.address() as AddressInfo | null)?.port ?? 0);

  const enqueue = (printer: PrinterSettings, bytes: () => Promise<Uint8Array>): Promise<PrintStatus> => {
    const run = async (): Promise<PrintStatus> => open(printer).print(await bytes());
    const job = (queues.get(printer.url) ?? Promise.resolve()).then(run, run);
    const tail = job.catch(() => undefined);
    queues.set(printer.url, tail);
    void tail.then(() => queues.get(printer.url) === tail && queues.delete(printer.url));
    return job.catch((err: unknown) => {
      deps.log.error({ err, printer: printer.url }, 'printing failed');
      return 'error' as const;
    });
  };

  const printing: Printing = {
    baseUrl,
    printBytes: enqueue,
    printOnKiosk: (kioskId, bytes) => printOnKiosk(deps.io, kioskId, bytes),
    print: (printer, issued, sample = false) =>
      enqueue(printer, () =>
        issuedTicketBytes(
          deps.office.queue.config,
          deps.settings.data.content,
          issued,
          baseUrl(),
          printer.paperWidth,
          sample,
        ),
      ),
  };

  deps.office.onCommitted(({ events }) => {
    for (const event of events) {
      if (event.type !== 'ticket:issued') continue;
      const device = deps.settings.data.devices.find(
        (d) => d.id === event.ticket.source && d.kind === 'kiosk',
      );
      if (!device) continue; // issued by staff: nothing to print
      if (isLocalPrinter(device.printer)) continue; // the kiosk prints on its own printer
      // The same figures the ack carries, taken now; the work waits until the ack has gone out.
      const state = deps.office.queue;
      const ticket = state.tickets[event.ticket.id];
      if (!ticket) continue;
      const issued = issuedTicket(state, ticket, event.at);
      setImmediate(() => void printFor(device.id, device.printer, issued));
    }
  });

  async function printFor(deviceId: string, printer: PrinterSettings | null, issued: IssuedTicket) {
    const status = printer ? await printing.print(printer, issued) : 'no_printer';
    if (status !== 'printed' && status !== 'no_printer') {
      deps.log.warn({ deviceId, status, ticket: issued.ticket.number }, 'ticket not printed');
      deps.raise({ kind: 'printer_problem', subjectId: deviceId, detail: status });
    }
    deps.io.to(actorRoom(deviceId)).emit('ticket:printed', { ticketId: issued.ticket.id, status });
  }

  return printing;
}
