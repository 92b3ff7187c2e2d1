// GET /api/tickets/<code>/escpos?width=58|80: the ticket's ESC/POS bytes, for a kiosk that prints on its
// own printer through the Electron shell. The code is the ticket's secret (the same as its status page),
// and the bytes say no more than the paper the visitor already holds.
import type { ServerResponse } from 'node:http';
import { findByCode, issuedTicket, type OfficeContent } from '@kezek/shared';
import type { Office } from '../office/office.js';
import { publicBaseUrl } from '../printing/status-url.js';
import { issuedTicketBytes } from '../printing/ticket-job.js';

export async function ticketEscpos(
  office: Office,
  content: OfficeContent,
  code: string,
  width: string | null,
  port: number,
  res: ServerResponse,
): Promise<void> {
  const state = office.queue;
  const ticket = findByCode(state, code);
  if (!ticket) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"unknown_ticket"}');
    return;
  }
  const paper = width === '58' ? 58 : 80;
  const issued = issuedTicket(state, ticket, Date.now());
  const bytes = await issuedTicketBytes(state.config, content, issued, publicBaseUrl(port), paper);
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(bytes);
}
