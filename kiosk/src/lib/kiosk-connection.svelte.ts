// The kiosk's link: a paired device that also hears what its printer did with each ticket, and prints on
// a printer attached to the kiosk itself when it runs in the Electron shell (printer set to `local:`).
import {
  getShellBridge,
  isLocalPrinter,
  type DeviceInfo,
  type IssuedTicket,
  type PrintStatus,
} from '@kezek/shared';
import { DeviceConnection } from '@kezek/ui/device-connection.svelte.ts';

export class KioskConnection extends DeviceConnection {
  /** This kiosk's settings (its printer), as the server sent them at sign-in. */
  device = $state.raw<DeviceInfo | null>(null);
  /** What the printer said, by ticket id; kept small (only the last few tickets matter). */
  printed = $state.raw<Record<string, PrintStatus>>({});
  /** Tickets already sent to the local printer: a retried issue answers with the same ticket. */
  // Never rendered, so a plain Set on purpose: reactivity would only cost.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #localJobs = new Set<string>();

  constructor() {
    super('kiosk');
    this.socket.on('session:started', (_actor, device) => (this.device = device));
    this.socket.on('ticket:printed', ({ ticketId, status }) => this.#note(ticketId, status));
    // A desk's case receipt sent to this kiosk's own printer: printed like a ticket, answered to the desk.
    this.socket.on('receipt:print', ({ bytes }, ack) => void this.#printBytes(bytes).then(ack));
  }

  async #printBytes(bytes: Uint8Array | ArrayBuffer): Promise<PrintStatus> {
    const bridge = getShellBridge(window);
    if (!isLocalPrinter(this.device?.printer) || bridge?.role !== 'kiosk') return 'no_printer';
    try {
      if (!(await bridge.hasLocalPrinter())) return 'no_printer';
      const outcome = await bridge.print(new Uint8Array(bytes));
      return outcome.ok ? 'printed' : outcome.reason === 'no_printer' ? 'no_printer' : 'error';
    } catch {
      return 'error';
    }
  }

  /**
   * For a `local:` printer the server prints nothing: fetch the bytes it renders and give them to the
   * shell (bridge contract in shared/src/bridge.ts). Without the shell there is nothing to print on.
   */
  async printLocally(issued: IssuedTicket): Promise<void> {
    const printer = this.device?.printer;
    if (!printer || !isLocalPrinter(printer) || this.#localJobs.has(issued.ticket.id)) return;
    this.#localJobs.add(issued.ticket.id);
    const bridge = getShellBridge(window);
    if (bridge?.role !== 'kiosk' || !(await bridge.hasLocalPrinter())) {
      this.#note(issued.ticket.id, 'no_printer');
      return;
    }
    let status: PrintStatus = 'error';
    try {
      const res = await fetch(`/api/tickets/${issued.code}/escpos?width=${printer.paperWidth}`);
      if (res.ok) {
        const outcome = await bridge.print(new Uint8Array(await res.arrayBuffer()));
        status = outcome.ok ? 'printed' : outcome.reason === 'no_printer' ? 'no_printer' : 'error';
      }
    } catch {
      status = 'error';
    }
    this.#note(issued.ticket.id, status);
  }

  #note(ticketId: string, status: PrintStatus): void {
    const recent = Object.entries(this.printed).slice(-9);
    this.printed = { ...Object.fromEntries(recent), [ticketId]: status };
  }
}
