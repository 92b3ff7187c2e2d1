// A visitor at the kiosk asks for help: the head's screens and the specialists who answer help calls
// hear it at once, with the kiosk's name, so someone walks over to the visitor.
import { ok, type Alert } from '@kezek/shared';
import { helpTargets } from '../alerts/help-targets.js';
import { actorRoom } from '../rooms.js';
import { actorOf } from './context.js';
import type { HandlerTable } from './define.js';

export const kioskHandlers = {
  'kiosk:help': {
    roles: ['kiosk'],
    run(ctx) {
      const kiosk = actorOf(ctx);
      const alert: Alert = ctx.head.alerts.raise({
        kind: 'help_requested',
        subjectId: kiosk.id,
        detail: kiosk.name,
      });
      const { operatorIds } = helpTargets(ctx.office.queue);
      for (const id of operatorIds) ctx.socket.nsp.to(actorRoom(id)).emit('alert:raised', alert);
      ctx.log.info({ kiosk: kiosk.id, reached: operatorIds.length }, 'help requested at a kiosk');
      return ok({ reached: operatorIds.length });
    },
  },
} satisfies Partial<HandlerTable>;
