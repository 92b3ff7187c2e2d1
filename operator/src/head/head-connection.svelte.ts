// The desk's connection plus what the head's screens need: alerts as they are raised, and the session
// token for the report and backup downloads (HTTP, Authorization: Bearer).
import type { Alert } from '@kezek/shared';
import { Connection } from '../lib/connection.svelte.ts';

export class HeadConnection extends Connection {
  /** Newest first, at most 30: raised since this page connected, plus the server's recent ones. */
  alerts = $state.raw<Alert[]>([]);
  /** Told of every alert as it is raised (the head's state reads device names it does not know yet). */
  onAlert: ((alert: Alert) => void) | null = null;

  constructor() {
    super();
    this.socket.on('alert:raised', (alert) => {
      this.addAlerts([alert]);
      this.onAlert?.(alert);
    });
  }

  get token(): string | null {
    return this.store.get('token');
  }

  addAlerts(list: Alert[]): void {
    const fresh = list.filter((a) => !this.alerts.some((b) => b.id === a.id));
    if (fresh.length === 0) return;
    this.alerts = [...fresh, ...this.alerts].sort((a, b) => b.at - a.at).slice(0, 30);
  }
}
