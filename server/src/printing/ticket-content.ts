// What a printed ticket says, in the visitor's language: plain data, so rendering is a pure function of it.
import { formatClock, staffDateTime, t, type Lang } from '@kezek/shared';

export { PAPER_DOTS, type PaperWidth } from './paper.js';

export interface TicketContent {
  lang: Lang;
  officeName: string;
  number: string;
  sectorName: string;
  serviceName: string | null;
  peopleAhead: number;
  estimateMin: number | null;
  issuedAt: number;
  timeZone: string;
  statusUrl: string;
  footer: string;
  /** A test print from the head or print-test says so on the paper. */
  sample?: boolean;
  /** Issued by a booking's check-in: the paper says for when, or that a late one joined the queue. */
  booking?: { slotStart: number; late: boolean } | null;
}

export type TicketLines = ReturnType<typeof ticketLines>;

export function ticketLines(c: TicketContent) {
  // No estimate means no open desk serves the sector: the paper says so instead of promising a wait,
  // as the kiosk's screen does.
  const noDesk = c.estimateMin === null && !c.sample;
  return {
    label: t(c.lang, 'kiosk.yourNumber'),
    ahead: noDesk ? null : t(c.lang, 'kiosk.ahead', { count: c.peopleAhead }),
    estimate:
      c.estimateMin === null
        ? t(c.lang, noDesk ? 'kiosk.noDeskTicket' : 'wait.unknown')
        : t(c.lang, 'kiosk.estimate', { minutes: c.estimateMin }),
    issued: t(c.lang, 'kiosk.issuedAt', { time: staffDateTime(c.issuedAt, c.timeZone) }),
    scan: t(c.lang, 'kiosk.scanQr'),
    sample: c.sample ? t(c.lang, 'kiosk.sampleTicket') : null,
    booking: !c.booking
      ? null
      : c.booking.late
        ? t(c.lang, 'checkin.becameWalkIn')
        : t(c.lang, 'checkin.bookedFor', { time: formatClock(c.booking.slotStart, c.timeZone) }),
  };
}
