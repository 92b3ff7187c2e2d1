// From the queue's ticket to the printer's bytes: picks the visitor's language and the office's texts.
import { pick, type IssuedTicket, type OfficeConfig, type OfficeContent } from '@kezek/shared';
import { ticketBytes } from './escpos.js';
import { renderTicket } from './render-ticket.js';
import type { PaperWidth, TicketContent } from './ticket-content.js';

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
  };
}

export function ticketJob(content: TicketContent, paper: PaperWidth): Buffer {
  return ticketBytes(renderTicket(content, paper));
}
