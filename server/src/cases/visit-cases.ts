// A visit finished "in progress" is a promise the office must keep: it opens a case at once, whatever
// the desk does next. The finish and the case are two journals, so a crash between the two syncs is
// mended at start: every visit of the open day finished in progress without a case gets one then,
// registered at the visit's own end.
import type { CaseSource, Ticket } from '@kezek/shared';
import type { Logger } from '../logger.js';
import type { Office } from '../office/office.js';
import type { CaseStore } from './case-store.js';

function openFor(cases: CaseStore, ticket: Ticket, day: string, at?: number) {
  const source: CaseSource = { kind: 'visit', ticketId: ticket.id, ticketNumber: ticket.number, day };
  return cases.run(
    {
      type: 'open',
      by: ticket.operatorId ?? 'system',
      sectorId: ticket.sectorId,
      serviceId: ticket.serviceId,
      topic: ticket.note ?? '',
      lang: ticket.lang,
      contact: { name: null, phone: null, iin: null },
      source,
    },
    // No request id: the case is keyed by its ticket, which opens at most one case.
    { actorId: 'system', requestId: null, ...(at === undefined ? {} : { at }) },
    () => null,
  );
}

const owed = (t: Ticket, cases: CaseStore): boolean =>
  t.status === 'finished' && t.outcome === 'in_progress' && !cases.cases.byTicket[t.id];

export function openCasesForVisits(office: Office, cases: CaseStore, log: Logger): void {
  office.onCommitted(({ events }) => {
    const day = office.queue.day ?? '';
    for (const e of events) {
      if (e.type !== 'ticket:finished' || e.outcome !== 'in_progress') continue;
      const ticket = office.queue.tickets[e.ticketId];
      if (!ticket) continue;
      openFor(cases, ticket, day).then(
        (r) => {
          if (!r.ok && r.error !== 'case_exists')
            log.error({ ticketId: ticket.id, error: r.error }, 'could not open the case of a visit');
        },
        (err: unknown) => log.error({ err, ticketId: ticket.id }, 'could not open the case of a visit'),
      );
    }
  });
}

/** Opens the cases a crash left owed; resolves with how many. */
export async function mendVisitCases(office: Office, cases: CaseStore, log: Logger): Promise<number> {
  const day = office.queue.day;
  if (day === null) return 0;
  let opened = 0;
  for (const t of Object.values(office.queue.tickets)) {
    if (!owed(t, cases)) continue;
    const r = await openFor(cases, t, day, t.endedAt ?? undefined);
    if (r.ok) opened += 1;
  }
  if (opened > 0) log.warn({ opened, day }, 'opened the cases of visits finished in progress before a crash');
  return opened;
}
