// The operator desk's own questions: today's figures of the signed-in specialist.
import { ok } from '@kezek/shared';
import { actorOf } from './context.js';
import type { HandlerTable } from './define.js';

export const operatorHandlers = {
  'desk:my-day': {
    roles: ['operator', 'head'],
    run(ctx) {
      return ok(ctx.operatorStats.forOperator(actorOf(ctx).id, ctx.office.queue.day));
    },
  },
} satisfies Partial<HandlerTable>;
