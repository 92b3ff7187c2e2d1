import { actorOf } from './context.js';
import type { HandlerTable } from './define.js';
import { adminHandlers } from './admin.js';
import { bookingHandlers } from './bookings.js';
import { caseSettingsHandlers } from './case-settings.js';
import { caseHandlers } from './cases.js';
import { deskHandlers } from './desks.js';
import { kioskHandlers } from './kiosk.js';
import { operatorHandlers } from './operator.js';
import { printingHandlers } from './printing.js';
import { sessionHandlers } from './session.js';
import { ticketHandlers } from './tickets.js';

export const handlers: HandlerTable = {
  ...sessionHandlers,
  ...ticketHandlers,
  ...deskHandlers,
  ...adminHandlers,
  ...operatorHandlers,
  ...printingHandlers,
  ...caseHandlers,
  ...caseSettingsHandlers,
  ...kioskHandlers,
  ...bookingHandlers,
  'day:close': {
    roles: ['head'],
    run: (ctx, { requestId }) => ctx.office.closeDay({ actorId: actorOf(ctx).id, requestId }),
  },
};
