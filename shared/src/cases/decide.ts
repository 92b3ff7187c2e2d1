// The case rules: given the cases and a command, which events happen, or which refusal. Pure, like the
// queue's decide: time, ids and the office's rules come in ctx; the server journals before it applies.
import type { Result } from '../errors.js';
import type { CaseCommand } from './commands.js';
import { openCase } from './decide-open.js';
import {
  answerCase,
  editCase,
  extendCase,
  handOver,
  noteCase,
  redirectCase,
  reopenCase,
} from './decide-work.js';
import type { CaseEvent } from './events.js';
import type { CaseContext, CaseState } from './types.js';

export function decideCase(
  state: Readonly<CaseState>,
  command: CaseCommand,
  ctx: CaseContext,
): Result<CaseEvent[]> {
  switch (command.type) {
    case 'open':
      return openCase(state, command, ctx);
    case 'edit':
      return editCase(state, command, ctx);
    case 'note':
      return noteCase(state, command, ctx);
    case 'hand-over':
      return handOver(state, command, ctx);
    case 'extend':
      return extendCase(state, command, ctx);
    case 'redirect':
      return redirectCase(state, command, ctx);
    case 'answer':
      return answerCase(state, command, ctx);
    case 'reopen':
      return reopenCase(state, command, ctx);
  }
}
