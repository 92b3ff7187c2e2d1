// Issuing a ticket at the kiosk. Whether issuing is possible at all comes from issuingState, the
// same function the hall view uses, so the kiosk never offers a button the rule then refuses.
import { fail, ok, type Result } from '../errors.js';
import type { Command } from './commands.js';
import type { DomainEvent } from './events.js';
import { findSector, issuingState } from './lookup.js';
import type { Context, QueueState, Ticket } from './types.js';

/** "A" and 7 make "A007": three digits at least, so numbers read alike on every screen; 1000 is "A1000". */
export const ticketNumber = (letter: string, seq: number): string => letter + String(seq).padStart(3, '0');

export function issue(
  state: Readonly<QueueState>,
  c: Extract<Command, { type: 'issue' }>,
  ctx: Context,
): Result<DomainEvent[]> {
  const sector = findSector(state, c.sectorId);
  if (!sector) return fail('unknown_sector');
  const issuing = issuingState(state, c.sectorId, ctx.now);
  if (issuing !== 'open') return fail(issuing);
  if (c.priority !== null && !sector.priorityAllowed) return fail('priority_not_allowed');
  if (c.serviceId !== null && !sector.services.some((s) => s.id === c.serviceId))
    return fail('unknown_service');
  // The stored counter, never a count of tickets: numbers must survive cancellations and replays.
  const seq = (state.sectors[sector.id]?.lastSeq ?? 0) + 1;
  const ticket: Ticket = {
    id: ctx.newId(),
    number: ticketNumber(sector.letter, seq),
    seq,
    code: ctx.newId(),
    sectorId: sector.id,
    serviceId: c.serviceId,
    priority: c.priority,
    lang: c.lang,
    status: 'waiting',
    issuedAt: ctx.now,
    queuedAt: ctx.now,
    calledAt: null,
    startedAt: null,
    endedAt: null,
    deskId: null,
    operatorId: null,
    targetDeskId: null,
    calls: 0,
    outcome: null,
    note: null,
    firstLegId: null,
    previousLegId: null,
    nextLegId: null,
    rating: null,
    source: c.source,
    ...(c.booking ? { booking: { ...c.booking } } : {}),
  };
  return ok([{ type: 'ticket:issued', at: ctx.now, ticket }]);
}
