// Bookings on the socket: staff book callers and see their sectors' day, the kiosk checks visitors in.
import { fail } from '@kezek/shared';
import type { HandlerTable } from './define.js';

const notYet = () => fail('booking_off');

export const bookingHandlers = {
  'booking:create': { roles: ['operator', 'head'], run: notYet },
  'booking:cancel': { roles: ['operator', 'head'], run: notYet },
  'booking:list': { roles: ['operator', 'head'], run: notYet },
  'booking:slots': { roles: ['operator', 'head'], run: notYet },
  'booking:settings': { roles: ['head'], run: notYet },
  'booking:save-settings': { roles: ['head'], run: notYet },
  'kiosk:check-in': { roles: ['kiosk'], run: notYet },
} satisfies Partial<HandlerTable>;
