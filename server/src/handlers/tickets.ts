// Issuing and cancelling tickets.
import { issuedTicket, ticketBrief, type EventOf, type Ticket } from '@kezek/shared';
import { actorOf } from './context.js';
import type { HandlerTable } from './define.js';

export const ticketHandlers = {
  'ticket:issue': {
    roles: ['kiosk', 'operator', 'head'],
    run(ctx, p) {
      const actor = actorOf(ctx);
      const command = { type: 'issue', source: actor.id, ...pick(p) } as const;
      return ctx.office.run(command, { actorId: actor.id, requestId: p.requestId }, (events, state) => {
        const issued = events.find((e): e is EventOf<'ticket:issued'> => e.type === 'ticket:issued');
        const ticket = state.tickets[issued?.ticket.id ?? ''] as Ticket;
        return issuedTicket(state, ticket, issued?.at ?? ticket.issuedAt);
      });
    },
  },
  'ticket:cancel': {
    roles: ['operator', 'head'],
    run(ctx, { requestId, ticketId }) {
      const actor = actorOf(ctx);
      return ctx.office.run(
        { type: 'cancel', ticketId, by: actor.id },
        { actorId: actor.id, requestId },
        (_events, state) => ticketBrief(state.tickets[ticketId] as Ticket),
      );
    },
  },
} satisfies Partial<HandlerTable>;

function pick(p: {
  sectorId: string;
  serviceId: string | null;
  priority: Ticket['priority'];
  lang: Ticket['lang'];
}) {
  return { sectorId: p.sectorId, serviceId: p.serviceId, priority: p.priority, lang: p.lang };
}
