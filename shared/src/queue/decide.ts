// The rules: given the state and a command, which events happen, or which refusal. Pure: the
// state is only read, time and ids come from ctx, so the server can journal before it applies.
import { fail, type Result } from '../errors.js';
import type { Command } from './commands.js';
import { callNext, callTicket, finish } from './decide-call.js';
import { closeDay, openDay, setConfig, skipNumbers } from './decide-day.js';
import { noShow, recall, returnToQueue, start, transfer } from './decide-desk.js';
import { issue } from './decide-issue.js';
import { closeDesk, openDesk, pause, resume } from './decide-shift.js';
import { cancel, rate } from './decide-visitor.js';
import type { DomainEvent } from './events.js';
import type { Context, QueueState } from './types.js';

export function decide(state: Readonly<QueueState>, command: Command, ctx: Context): Result<DomainEvent[]> {
  if (command.type === 'open-day') return openDay(state, command, ctx);
  if (state.day === null) return fail('day_not_open');
  if (state.closedAt !== null) return fail('day_closed');
  switch (command.type) {
    case 'set-config':
      return setConfig(state, command, ctx);
    case 'issue':
      return issue(state, command, ctx);
    case 'call-next':
      return callNext(state, command, ctx);
    case 'call-ticket':
      return callTicket(state, command, ctx);
    case 'recall':
      return recall(state, command, ctx);
    case 'start':
      return start(state, command, ctx);
    case 'finish':
      return finish(state, command, ctx);
    case 'no-show':
      return noShow(state, command, ctx);
    case 'return-to-queue':
      return returnToQueue(state, command, ctx);
    case 'transfer':
      return transfer(state, command, ctx);
    case 'cancel':
      return cancel(state, command, ctx);
    case 'rate':
      return rate(state, command, ctx);
    case 'pause':
      return pause(state, command, ctx);
    case 'resume':
      return resume(state, command, ctx);
    case 'open-desk':
      return openDesk(state, command, ctx);
    case 'close-desk':
      return closeDesk(state, command, ctx);
    case 'close-day':
      return closeDay(state, command, ctx);
    case 'skip-numbers':
      return skipNumbers(state, command, ctx);
  }
}
