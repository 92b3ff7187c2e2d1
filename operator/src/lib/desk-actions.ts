// Which desk actions make sense right now. The server has the last word; this only greys out what it
// would refuse, so the keyboard and the buttons agree.
import type { DeskLive } from '@kezek/shared';
import type { ActionId } from './shortcuts.ts';

/** `noShowLeftSec`: seconds until no-show is offered (office.noShowGraceSec after the call). */
export function enabledActions(d: DeskLive | null, noShowLeftSec: number): Record<ActionId, boolean> {
  const status = d?.ticket?.status ?? null;
  const open = d?.status === 'open';
  const called = status === 'called';
  const serving = status === 'serving';
  const idle = open && !d?.ticket;
  // A paused specialist may still call a number: the pause ends first (DeskWork.callTicket).
  const pausedFree = d?.status === 'paused' && !d.ticket;
  return {
    'call-next': idle,
    recall: called,
    start: called,
    'finish-solved': serving,
    'finish-consulted': serving,
    'finish-in_progress': serving,
    'finish-redirected': serving,
    'finish-next-solved': serving,
    'finish-next-consulted': serving,
    'finish-next-in_progress': serving,
    'finish-next-redirected': serving,
    'no-show': called && noShowLeftSec <= 0,
    return: called || serving,
    transfer: called || serving,
    find: idle || pausedFree,
    note: called || serving,
    pause: idle,
    resume: d?.status === 'paused',
    'close-desk': !!d && d.status !== 'closed' && !d.ticket,
  };
}
