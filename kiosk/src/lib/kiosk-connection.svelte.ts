// The kiosk's link: a paired device that also hears what its printer did with each ticket.
import type { DeviceInfo, PrintStatus } from '@kezek/shared';
import { DeviceConnection } from '@kezek/ui/device-connection.svelte.ts';

export class KioskConnection extends DeviceConnection {
  /** This kiosk's settings (its printer), as the server sent them at sign-in. */
  device = $state.raw<DeviceInfo | null>(null);
  /** What the printer said, by ticket id; kept small (only the last few tickets matter). */
  printed = $state.raw<Record<string, PrintStatus>>({});

  constructor() {
    super('kiosk');
    this.socket.on('session:started', (_actor, device) => (this.device = device));
    this.socket.on('ticket:printed', ({ ticketId, status }) => {
      const recent = Object.entries(this.printed).slice(-9);
      this.printed = { ...Object.fromEntries(recent), [ticketId]: status };
    });
  }
}
