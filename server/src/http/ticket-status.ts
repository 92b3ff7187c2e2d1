// The status page's view of one visit: found by its secret code, following a transfer to its newest leg.
import {
  estimateMin,
  findByCode,
  peopleAhead,
  type QueueState,
  type Ticket,
  type TicketStatusView,
} from '@kezek/shared';

export function ticketStatusView(
  state: Readonly<QueueState>,
  code: string,
  now: number,
): TicketStatusView | null {
  const ticket = findByCode(state, code);
  if (!ticket) return null;
  const sector = state.config.sectors.find((s) => s.id === ticket.sectorId);
  const status = visitStatus(ticket);
  const ahead = status === 'waiting' ? peopleAhead(state, ticket, now) : null;
  return {
    number: ticket.number,
    lang: ticket.lang,
    sectorNames: sector?.names ?? { kk: '', ru: '', en: '' },
    officeName: state.config.officeName,
    status,
    peopleAhead: ahead,
    estimateMin: ahead === null ? null : estimateMin(state, ticket.sectorId, ahead),
    deskNumber:
      (status === 'called' || status === 'serving') && ticket.deskId
        ? (state.config.desks.find((d) => d.id === ticket.deskId)?.number ?? null)
        : null,
    issuedAt: ticket.issuedAt,
    canRate: status === 'finished' && ticket.rating === null,
    rating: ticket.rating?.stars ?? null,
  };
}

function visitStatus(t: Ticket): TicketStatusView['status'] {
  switch (t.status) {
    case 'waiting':
    case 'called':
    case 'serving':
    case 'finished':
      return t.status;
    default:
      return 'ended';
  }
}
