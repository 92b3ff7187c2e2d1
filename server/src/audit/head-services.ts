// What the head's socket handlers need beyond the common context: the audit log, the alert
// monitor, and a way to make every kiosk and display redraw after a set-up change.
import type { AlertMonitor } from '../alerts/alert-monitor.js';
import type { AuditLog } from './audit-log.js';

export interface HeadServices {
  audit: AuditLog;
  alerts: AlertMonitor;
  /** Sends a fresh office:snapshot to the hall room (kiosks, displays, desks). */
  broadcastSnapshot(): void;
  clock: () => number;
}
