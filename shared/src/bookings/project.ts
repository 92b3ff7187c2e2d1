// The views of bookings each audience is given (views.ts says who sees what).
import type { OfficeConfig } from '../queue/types.js';
import { mayCancel } from './decide.js';
import { windowsOf } from './rules.js';
import { bookingKey, type Booking, type BookingSettings } from './types.js';
import type { BookingOptions, BookingPublicView, BookingView } from './views.js';

const MINUTE = 60_000;

export function bookingView(b: Booking): BookingView {
  const { phoneKey: _key, ...view } = b;
  return view;
}

export function bookingPublicView(
  b: Booking,
  config: OfficeConfig,
  settings: BookingSettings,
  now: number,
): BookingPublicView {
  const sector = config.sectors.find((s) => s.id === b.sectorId);
  const service = sector?.services.find((s) => s.id === b.serviceId) ?? null;
  const w = windowsOf(settings, b);
  const names = sector?.names ?? { kk: b.sectorId, ru: b.sectorId, en: b.sectorId };
  return {
    code: b.code,
    day: b.day,
    start: b.start,
    startAt: b.startAt,
    slotMin: b.slotMin,
    sectorId: b.sectorId,
    serviceId: b.serviceId,
    sectorNames: names,
    serviceNames: service?.names ?? null,
    name: b.name,
    phoneEnd: b.phone.replace(/\D/g, '').slice(-2),
    status: b.status,
    checkInFrom: b.startAt - w.earlyMin * MINUTE,
    checkInUntil: b.startAt + w.lateMin * MINUTE,
    cancellable: mayCancel(b, { kind: 'public' }, now),
  };
}

/** Sectors and services that take bookings now, in the office's order. */
export function bookingOptions(config: OfficeConfig, settings: BookingSettings): BookingOptions {
  const sectors: BookingOptions['sectors'] = [];
  for (const sector of config.sectors) {
    if (!sector.enabled) continue;
    const targets = sector.services.length > 0 ? sector.services : [{ id: null, names: sector.names }];
    const services = targets.flatMap((s) => {
      const rules = settings.rules[bookingKey(sector.id, s.id)];
      return rules?.enabled
        ? [{ id: s.id, names: s.names, slotMin: rules.slotMin, aheadDays: rules.aheadDays }]
        : [];
    });
    // A sector with services may also be booked as a whole (no service chosen).
    const whole = sector.services.length > 0 ? settings.rules[sector.id] : undefined;
    if (whole?.enabled)
      services.push({ id: null, names: sector.names, slotMin: whole.slotMin, aheadDays: whole.aheadDays });
    if (services.length > 0)
      sectors.push({ id: sector.id, letter: sector.letter, names: sector.names, services });
  }
  return {
    officeName: config.officeName,
    timeZone: config.timeZone,
    iinEnabled: settings.iinEnabled ?? false,
    sectors,
  };
}
