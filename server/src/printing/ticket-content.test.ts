import { describe, expect, it } from 'vitest';
import { t } from '@kezek/shared';
import { ticketLines, type TicketContent } from './ticket-content.js';

const base: TicketContent = {
  lang: 'kk',
  officeName: 'Office',
  number: 'A001',
  sectorName: 'Legal',
  serviceName: null,
  peopleAhead: 0,
  estimateMin: 4,
  issuedAt: Date.parse('2026-12-01T05:00:00Z'),
  timeZone: 'Asia/Almaty',
  statusUrl: 'http://x/t/abcd',
  footer: '',
};

describe('what a ticket says on paper', () => {
  it('promises no wait when no open desk serves the sector, in every language', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const lines = ticketLines({ ...base, lang, estimateMin: null });
      expect(lines.ahead).toBeNull();
      expect(lines.estimate).toBe(t(lang, 'kiosk.noDeskTicket'));
    }
  });
  it('gives people ahead and the estimate while a desk is open', () => {
    const lines = ticketLines({ ...base, peopleAhead: 3 });
    expect(lines.ahead).toBe(t('kk', 'kiosk.ahead', { count: 3 }));
    expect(lines.estimate).toBe(t('kk', 'kiosk.estimate', { minutes: 4 }));
  });
  it('says for when a booked visitor is booked, in the office zone, and that a late one joined the queue', () => {
    const slotStart = Date.parse('2026-12-01T04:30:00Z'); // 09:30 in Almaty
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const onTime = ticketLines({ ...base, lang, booking: { slotStart, late: false } });
      expect(onTime.booking).toBe(t(lang, 'checkin.bookedFor', { time: '09:30' }));
      const late = ticketLines({ ...base, lang, booking: { slotStart, late: true } });
      expect(late.booking).toBe(t(lang, 'checkin.becameWalkIn'));
    }
    expect(ticketLines(base).booking).toBeNull();
  });
});
