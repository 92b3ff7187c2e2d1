// From the queue's ticket to the printer's bytes: picks the visitor's language and the office's texts.
import { pick, type IssuedTicket, type OfficeConfig, type OfficeContent } from '@kezek/shared';
import { renderPool } from './render-pool.js';
import { statusUrl } from './status-url.js';
import { ticketLines, type PaperWidth, type TicketContent } from './ticket-content.js';

export function ticketContent(
  config: OfficeConfig,
  content: OfficeContent,
  issued: IssuedTicket,
  statusUrl: string,
  sample = false,
): TicketContent {
  const { ticket } = issued;
  const lang = ticket.lang;
  const sector = config.sectors.find((s) => s.id === ticket.sectorId);
  const service = sector?.services.find((v) => v.id === ticket.serviceId);
  return {
    lang,
    officeName: pick(config.officeName, lang),
    number: ticket.number,
    sectorName: sector ? pick(sector.names, lang) : '',
    serviceName: service ? pick(service.names, lang) : null,
    peopleAhead: issued.peopleAhead,
    estimateMin: issued.estimateMin,
    issuedAt: ticket.issuedAt,
    timeZone: config.timeZone,
    statusUrl,
    footer: pick(content.ticketFooter, lang),
    sample,
    booking: ticket.booking ? { slotStart: ticket.booking.slotStart, late: ticket.booking.late } : null,
  };
}

/**
 * Rendered on the render thread (render-pool.ts), which with its canvas library (~26 MB of memory) starts
 * on the first ticket printed: many servers print on few kiosks or none.
 */
export function ticketJob(content: TicketContent, paper: PaperWidth): Promise<Buffer> {
  return renderPool().render({ kind: 'ticket', content, lines: ticketLines(content), paper });
}

/** The bytes of an issued ticket, QR code and all: the one path from queue to paper, wherever it prints. */
export function issuedTicketBytes(
  config: OfficeConfig,
  content: OfficeContent,
  issued: IssuedTicket,
  baseUrl: string,
  paper: PaperWidth,
  sample = false,
): Promise<Buffer> {
  return ticketJob(ticketContent(config, content, issued, statusUrl(baseUrl, issued.code), sample), paper);
}
