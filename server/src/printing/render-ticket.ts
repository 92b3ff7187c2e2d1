// A ticket's picture drawn in this thread: for golden tests and print-test. The server renders on
// the render thread (render-pool.ts).
import { drawTicket } from './draw-ticket.js';
import type { MonoImage } from './mono-image.js';
import { ticketLines, type PaperWidth, type TicketContent } from './ticket-content.js';

export const renderTicket = (content: TicketContent, paper: PaperWidth): MonoImage =>
  drawTicket(content, ticketLines(content), paper);
