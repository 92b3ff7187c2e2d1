// Folds case events into the state in place (as the queue does: replaying years of cases must stay
// linear). Each event touches one case.
import type { Result } from '../errors.js';
import type { CaseCommand } from './commands.js';
import { decideCase } from './decide.js';
import type { CaseEvent } from './events.js';
import { initialCaseState, type Case, type CaseContext, type CaseState } from './types.js';

function caseOf(state: CaseState, id: string): Case {
  const found = state.cases[id];
  // decideCase never emits an event about an unknown case; a journal that does is corrupt.
  if (!found) throw new Error(`event refers to unknown case ${id}`);
  return found;
}

function opened(state: CaseState, e: Extract<CaseEvent, { type: 'case:opened' }>): void {
  if (!e.case) throw new Error('case:opened without its case');
  const k: Case = { ...e.case, history: [{ type: 'case:opened', at: e.at, by: e.by }] };
  state.cases[k.id] = k;
  state.byCode[k.code] = k.id;
  if (k.source.kind === 'visit') state.byTicket[k.source.ticketId] = k.id;
  // The number carries its counter: PREFIX-YEAR-SEQ; the counter never goes back.
  const cut = k.number.lastIndexOf('-');
  const key = k.number.slice(0, cut);
  const seq = Number(k.number.slice(cut + 1));
  state.counters[key] = Math.max(state.counters[key] ?? 0, seq);
}

function restored(state: CaseState, e: Extract<CaseEvent, { type: 'cases:restored' }>): void {
  for (const k of e.cases) {
    state.cases[k.id] = k;
    state.byCode[k.code] = k.id;
    if (k.source.kind === 'visit') state.byTicket[k.source.ticketId] = k.id;
  }
  for (const [key, seq] of Object.entries(e.counters))
    state.counters[key] = Math.max(state.counters[key] ?? 0, seq);
}

export function evolveCase(state: CaseState, e: CaseEvent): void {
  if (e.type === 'case:opened') return opened(state, e);
  if (e.type === 'cases:restored') return restored(state, e);
  const k = caseOf(state, e.caseId);
  k.history.push(e);
  switch (e.type) {
    case 'case:edited':
      k.topic = e.topic;
      k.contact = e.contact;
      return;
    case 'case:noted':
      return;
    case 'case:handed-over':
      k.sectorId = e.toSectorId;
      k.assigneeId = e.toUserId;
      return;
    case 'case:extended':
      k.extension = { at: e.at, by: e.by, reason: e.reason, fromOn: k.dueOn, notifyByOn: e.notifyByOn };
      k.dueOn = e.dueOn;
      k.dueAt = e.dueAt;
      return;
    case 'case:redirected':
      k.status = 'redirected';
      k.redirect = { at: e.at, by: e.by, body: e.body };
      return;
    case 'case:answered':
      k.status = 'answered';
      k.answer = { at: e.at, by: e.by, result: e.result, text: e.text };
      return;
    case 'case:reopened':
      // The earlier answer stays in the history; the case counts as unanswered again.
      k.status = 'open';
      k.answer = null;
      k.redirect = null;
      return;
  }
}

export function replayCases(events: Iterable<CaseEvent>): CaseState {
  const state = initialCaseState();
  for (const e of events) evolveCase(state, e);
  return state;
}

/** decideCase, then fold the events in; on a refusal the state is untouched. */
export function executeCase(state: CaseState, command: CaseCommand, ctx: CaseContext): Result<CaseEvent[]> {
  const result = decideCase(state, command, ctx);
  if (result.ok) for (const e of result.data) evolveCase(state, e);
  return result;
}
