// A specialist who may no longer work a desk they hold (deactivated, or assigned other desks) would
// leave it open and taken: nobody else may call there, and they may not close it. An idle desk is
// closed for them, journaled under the head who made the change; a desk with a visitor in service stays
// until that visit is finished, as the live hall shows.
import { randomUUID } from 'node:crypto';
import type { StoredUser } from '../settings/types.js';
import type { HandlerContext } from './context.js';

export async function releaseDesks(ctx: HandlerContext, user: StoredUser, headId: string): Promise<void> {
  const q = ctx.office.queue;
  if (q.day === null || q.closedAt !== null) return;
  const mayWork = (deskId: string) =>
    user.active && (user.deskIds.length === 0 || user.deskIds.includes(deskId));
  const idleAndLost = Object.values(q.desks).filter(
    (d) => d.status !== 'closed' && d.operatorId === user.id && d.ticketId === null && !mayWork(d.deskId),
  );
  for (const desk of idleAndLost) {
    const closed = await ctx.office.run(
      { type: 'close-desk', deskId: desk.deskId },
      { actorId: headId, requestId: randomUUID() },
      () => null,
    );
    if (!closed.ok) ctx.log.warn({ deskId: desk.deskId, error: closed.error }, 'desk left open');
  }
}
