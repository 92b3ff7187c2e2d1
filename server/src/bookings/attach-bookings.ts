// Bookings in the composition root: the store opens (and records check-ins a crash left unrecorded)
// before the HTTP and socket servers exist; a timer marks no-shows once a check-in window closes.
import { randomBytes, randomUUID } from 'node:crypto';
import { CODE_BYTES, codeFromBytes, type BookingView } from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import type { Logger } from '../logger.js';
import type { Office } from '../office/office.js';
import { bookingRulesOf } from './booking-rules.js';
import { BookingService } from './booking-service.js';
import { fileBookingStorage, memoryBookingStorage, type BookingStorage } from './booking-storage.js';
import { BookingStore } from './booking-store.js';

/** How often the no-show sweep runs; a window closes on a minute, so a few seconds late is fine. */
const SWEEP_MS = 15_000;

export interface OpenBookingsDeps {
  office: Office;
  settings: SettingsPort;
  clock: () => number;
  log: Logger;
  /** Default: data/bookings/ in the data folder, or memory without one (tests). */
  storage?: BookingStorage;
  dataDir?: string;
  /** Tests pass a counter; the office uses 40 bits from crypto. */
  newCode?: () => string;
  /** Where changes go once the socket server exists. */
  emit: (rooms: string[], view: BookingView) => void;
}

export interface Bookings {
  service: BookingService;
  close(): Promise<void>;
}

export async function openBookings(deps: OpenBookingsDeps): Promise<Bookings> {
  const storage =
    deps.storage ?? (deps.dataDir ? fileBookingStorage(deps.dataDir, deps.log) : memoryBookingStorage());
  const rules = bookingRulesOf(deps.settings);
  const store = await BookingStore.open({
    storage,
    clock: deps.clock,
    // Booking ids are never shown; codes are the secret, so they alone come from crypto's bytes.
    newId: () => randomUUID(),
    newCode: deps.newCode ?? (() => codeFromBytes(randomBytes(CODE_BYTES))),
    log: deps.log,
    rules,
  });
  const service = new BookingService({ ...deps, store, rules });
  await service.mendCheckIns();
  await store.compact();
  // Each new business day the journal is rewritten as one line per booking kept.
  deps.office.onReset(() => {
    service.forgetCheckIns();
    void store.compact();
  });
  await service.sweep();
  const timer = setInterval(() => void service.sweep(), SWEEP_MS);
  timer.unref();
  return {
    service,
    async close() {
      clearInterval(timer);
      await store.close();
    },
  };
}
