import { fail } from '@kezek/shared';
import { actorOf } from './context.js';
import type { HandlerTable } from './define.js';
import { deskHandlers } from './desks.js';
import { sessionHandlers } from './session.js';
import { ticketHandlers } from './tickets.js';

export const handlers: HandlerTable = {
  ...sessionHandlers,
  ...ticketHandlers,
  ...deskHandlers,
  'day:close': {
    roles: ['head'],
    run: (ctx, { requestId }) => ctx.office.closeDay({ actorId: actorOf(ctx).id, requestId }),
  },
  // Placeholders until their issues land (3: printing, 5: operator figures); each is replaced by an
  // area file of its own. They answer a clear error rather than pretending to work.
  'printer:test': { roles: ['head'], run: () => fail('internal') },
  'desk:my-day': { roles: ['operator', 'head'], run: () => fail('internal') },
};
