// Work on a registered case: notes, hand-overs, the head's extension, a redirect, the answer, reopening.
// An answered or redirected case takes nothing but a reopen, so its answer cannot change unseen.
import { deadlineOn, notifyBy } from '../calendar/deadlines.js';
import { isIsoDate } from '../calendar/dates.js';
import { fail, ok, type Result } from '../errors.js';
import type { CaseCommand } from './commands.js';
import { contactProblem } from './decide-open.js';
import type { CaseEvent } from './events.js';
import type { Case, CaseContext, CaseState } from './types.js';

type Cmd<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>;

function openOne(state: Readonly<CaseState>, caseId: string): Result<Case> {
  const found = state.cases[caseId];
  if (!found) return fail('unknown_case');
  return found.status === 'open' ? ok(found) : fail('case_closed');
}

const blank = (s: string): boolean => s.trim().length === 0;

export function editCase(s: Readonly<CaseState>, c: Cmd<'edit'>, ctx: CaseContext): Result<CaseEvent[]> {
  const found = openOne(s, c.caseId);
  if (!found.ok) return found;
  const problem = contactProblem(c.contact, ctx.rules);
  if (problem) return fail(problem);
  return ok([
    {
      type: 'case:edited',
      at: ctx.now,
      caseId: c.caseId,
      by: c.by,
      topic: c.topic.trim(),
      contact: c.contact,
    },
  ]);
}

/** A note is staff's record; a closed case takes notes too (a call back after the answer). */
export function noteCase(s: Readonly<CaseState>, c: Cmd<'note'>, ctx: CaseContext): Result<CaseEvent[]> {
  if (!s.cases[c.caseId]) return fail('unknown_case');
  if (blank(c.text)) return fail('invalid_payload');
  return ok([{ type: 'case:noted', at: ctx.now, caseId: c.caseId, by: c.by, text: c.text.trim() }]);
}

export function handOver(s: Readonly<CaseState>, c: Cmd<'hand-over'>, ctx: CaseContext): Result<CaseEvent[]> {
  const found = openOne(s, c.caseId);
  if (!found.ok) return found;
  if (found.data.sectorId === c.toSectorId && found.data.assigneeId === c.toUserId)
    return fail('case_same_place');
  const { caseId, by, toSectorId, toUserId } = c;
  return ok([{ type: 'case:handed-over', at: ctx.now, caseId, by, toSectorId, toUserId }]);
}

/** Once, with a reason, later than the current date and no later than the law's limit. */
export function extendCase(s: Readonly<CaseState>, c: Cmd<'extend'>, ctx: CaseContext): Result<CaseEvent[]> {
  const found = openOne(s, c.caseId);
  if (!found.ok) return found;
  const k = found.data;
  if (k.extension) return fail('already_extended');
  if (blank(c.reason)) return fail('invalid_payload');
  const on = c.dueOn ?? k.extensionLimitOn;
  if (!isIsoDate(on) || on <= k.dueOn || on > k.extensionLimitOn) return fail('extension_invalid');
  const due = deadlineOn(ctx.rules.calendar, on);
  return ok([
    {
      type: 'case:extended',
      at: ctx.now,
      caseId: k.id,
      by: c.by,
      reason: c.reason.trim(),
      dueOn: due.on,
      dueAt: due.at,
      notifyByOn: notifyBy(ctx.rules.calendar, ctx.rules.periods, ctx.now).on,
    },
  ]);
}

export function redirectCase(
  s: Readonly<CaseState>,
  c: Cmd<'redirect'>,
  ctx: CaseContext,
): Result<CaseEvent[]> {
  const found = openOne(s, c.caseId);
  if (!found.ok) return found;
  if (blank(c.body)) return fail('invalid_payload');
  const note = c.note === null || blank(c.note) ? null : c.note.trim();
  return ok([
    { type: 'case:redirected', at: ctx.now, caseId: c.caseId, by: c.by, body: c.body.trim(), note },
  ]);
}

export function answerCase(s: Readonly<CaseState>, c: Cmd<'answer'>, ctx: CaseContext): Result<CaseEvent[]> {
  const found = openOne(s, c.caseId);
  if (!found.ok) return found;
  if (blank(c.text)) return fail('invalid_payload');
  const { caseId, by, result } = c;
  return ok([{ type: 'case:answered', at: ctx.now, caseId, by, result, text: c.text.trim() }]);
}

export function reopenCase(s: Readonly<CaseState>, c: Cmd<'reopen'>, ctx: CaseContext): Result<CaseEvent[]> {
  const found = s.cases[c.caseId];
  if (!found) return fail('unknown_case');
  if (found.status === 'open') return fail('case_open');
  if (blank(c.reason)) return fail('invalid_payload');
  return ok([{ type: 'case:reopened', at: ctx.now, caseId: c.caseId, by: c.by, reason: c.reason.trim() }]);
}
