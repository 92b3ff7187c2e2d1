// Registering a case: its number, its status code and its deadlines are fixed here, once, and stored
// in the event, so a later change of the calendar or the periods never moves an existing deadline.
import { caseDeadlines } from '../calendar/deadlines.js';
import { yearOf } from '../calendar/dates.js';
import { fail, ok, type Result } from '../errors.js';
import type { CaseCommand } from './commands.js';
import type { CaseEvent } from './events.js';
import { isValidIin } from './iin.js';
import { caseNumber, nextSeq } from './numbering.js';
import type { Case, CaseContact, CaseContext, CaseRules, CaseState } from './types.js';
import type { ErrorCode } from '../errors.js';

/** A contact the office may keep: an IIN only when turned on, and then a real one. */
export function contactProblem(contact: CaseContact, rules: CaseRules): ErrorCode | null {
  if (contact.iin === null) return null;
  if (!rules.iinEnabled) return 'iin_disabled';
  return isValidIin(contact.iin) ? null : 'iin_invalid';
}

export function openCase(
  state: Readonly<CaseState>,
  c: Extract<CaseCommand, { type: 'open' }>,
  ctx: CaseContext,
): Result<CaseEvent[]> {
  if (c.source.kind === 'visit' && state.byTicket[c.source.ticketId]) return fail('case_exists');
  const problem = contactProblem(c.contact, ctx.rules);
  if (problem) return fail(problem);
  const d = caseDeadlines(ctx.rules.calendar, ctx.rules.periods, ctx.now);
  const year = yearOf(d.registeredOn);
  const opened: Case = {
    id: ctx.newId(),
    number: caseNumber(ctx.rules.prefix, year, nextSeq(state, ctx.rules.prefix, year)),
    code: ctx.newId(),
    sectorId: c.sectorId,
    serviceId: c.serviceId,
    topic: c.topic.trim(),
    lang: c.lang,
    contact: c.contact,
    source: c.source,
    registeredAt: ctx.now,
    registeredOn: d.registeredOn,
    registeredBy: c.by,
    assigneeId: c.by,
    status: 'open',
    dueOn: d.due.on,
    dueAt: d.due.at,
    extensionLimitOn: d.extensionLimit.on,
    redirectByOn: d.redirectBy.on,
    extension: null,
    redirect: null,
    answer: null,
    history: [],
  };
  if (state.byCode[opened.code] || state.cases[opened.id]) return fail('internal');
  return ok([{ type: 'case:opened', at: ctx.now, by: c.by, case: opened }]);
}
