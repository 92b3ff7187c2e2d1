// Booking no-shows for a report: bookings are not tickets (a visitor who never came has none), so they
// are counted from the bookings themselves, by the office day of their slot, under the report's filter.
import type { Booking, ReportFilter } from '@kezek/shared';

export type BookingFacts = Pick<Booking, 'day' | 'start' | 'status' | 'sectorId' | 'serviceId'>;

/** The slot's local minute, read from its ISO start ("2026-12-02T09:30:00+05:00" is 570). */
function localMinute(start: string): number | null {
  const m = /T(\d{2}):(\d{2})/.exec(start);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * No-shows by row key: "total", each sector id, and "sector/service" (the service part `none` for a
 * sector booked as a whole), as the report's tables key their rows.
 */
export function bookingNoShows(
  bookings: Iterable<BookingFacts>,
  from: string,
  to: string,
  filter: ReportFilter,
  none: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const b of bookings) {
    if (b.status !== 'no_show' || b.day < from || b.day > to) continue;
    if (filter.sectorId !== null && b.sectorId !== filter.sectorId) continue;
    if (filter.fromMin !== null || filter.toMin !== null) {
      const minute = localMinute(b.start);
      if (minute === null || minute < (filter.fromMin ?? 0) || minute >= (filter.toMin ?? 24 * 60)) continue;
    }
    bump('total');
    bump(b.sectorId);
    bump(`${b.sectorId}/${b.serviceId ?? none}`);
  }
  return counts;
}
