// What lowdb keeps in settings.json: the office set-up, who may log in, which devices are paired.
// The day's tickets are never here (they live in the journal and the day archives).
import type {
  BookingSettings,
  CaseSettings,
  DisplayScope,
  OfficeConfig,
  OfficeContent,
  PrinterSettings,
} from '@kezek/shared';

export const SETTINGS_SCHEMA_VERSION = 2;

export type StaffRole = 'operator' | 'head';

export interface StoredUser {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  /** `scrypt$N$r$p$saltB64$hashB64` */
  passwordHash: string;
  /** Desks this user may open; empty means any. */
  deskIds: string[];
  active: boolean;
}

export interface StoredDevice {
  id: string;
  kind: 'kiosk' | 'display';
  name: string;
  /** sha256 of the device token; the token itself is only ever on the device. */
  tokenHash: string;
  pairedAt: number;
  revoked: boolean;
  /** Kiosks: where tickets print; null prints nothing (the ticket shows on screen with its QR code). */
  printer: PrinterSettings | null;
  /** Displays: the sectors or desks this screen shows; null shows the whole hall. */
  scope: DisplayScope | null;
}

export interface StoredSession {
  /** sha256 of the session token. */
  tokenHash: string;
  userId: string;
  expiresAt: number;
}

export interface Settings {
  schemaVersion: number;
  office: OfficeConfig;
  users: StoredUser[];
  devices: StoredDevice[];
  sessions: StoredSession[];
  /** Devices connecting from this machine are paired without the head (the demo office, one-PC set-ups). */
  autoPairLocal: boolean;
  /** What kiosks, tickets and displays show besides the queue. */
  content: OfficeContent;
  /** Follow-up cases: numbering, IINs, the law's periods and calendar; absent means the defaults. */
  cases?: CaseSettings;
  /** Booking rules per service; absent means no service takes bookings. */
  bookings?: BookingSettings;
}
