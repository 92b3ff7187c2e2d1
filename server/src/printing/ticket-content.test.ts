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
});
