// Projections for clients. Built from the active tickets only: a big centre's day holds thousands
// of finished tickets that no live screen needs.
import type {
  CallView,
  DeskLive,
  HallView,
  IssuedTicket,
  OfficeInfo,
  SectorLive,
  TicketBrief,
} from '../views.js';
import { estimateMin, peopleAhead } from './estimate.js';
import type { DomainEvent } from './events.js';
import { findDesk, issuingState, openDesks } from './lookup.js';
import { allSectorOrders } from './policy.js';
import type { OfficeConfig, QueueState, Sector, Ticket } from './types.js';

/** How many upcoming tickets the hall and desks see per sector. */
const NEXT_SHOWN = 10;

export function ticketBrief(t: Ticket): TicketBrief {
  return {
    id: t.id,
    number: t.number,
    sectorId: t.sectorId,
    serviceId: t.serviceId,
    priority: t.priority,
    lang: t.lang,
    status: t.status,
    issuedAt: t.issuedAt,
    queuedAt: t.queuedAt,
    calledAt: t.calledAt,
    startedAt: t.startedAt,
    deskId: t.deskId,
    targetDeskId: t.targetDeskId,
    calls: t.calls,
    ...(t.booking ? { booking: t.booking } : {}),
  };
}

interface WaitingCount {
  waiting: number;
  waitingPriority: number;
  longestSince: number | null;
}

/** Counts per sector in one pass; they include desk-targeted visitors (in the hall, not in `next`). */
function waitingCounts(state: Readonly<QueueState>): Map<string, WaitingCount> {
  const out = new Map<string, WaitingCount>();
  for (const id of state.activeIds) {
    const t = state.tickets[id];
    if (!t || t.status !== 'waiting') continue;
    let c = out.get(t.sectorId);
    if (!c) out.set(t.sectorId, (c = { waiting: 0, waitingPriority: 0, longestSince: null }));
    c.waiting += 1;
    if (t.priority !== null) c.waitingPriority += 1;
    if (c.longestSince === null || t.queuedAt < c.longestSince) c.longestSince = t.queuedAt;
  }
  return out;
}

function sectorLive(
  state: Readonly<QueueState>,
  sector: Sector,
  queue: { order: Ticket[]; count: number },
  counts: WaitingCount | undefined,
  now: number,
): SectorLive {
  const { waiting, waitingPriority, longestSince } = counts ?? {
    waiting: 0,
    waitingPriority: 0,
    longestSince: null,
  };
  const desksOpen = openDesks(state, sector.id);
  return {
    id: sector.id,
    waiting,
    waitingPriority,
    longestSince,
    estimateMin: estimateMin(state, sector.id, queue.count),
    desksOpen,
    next: queue.order.map(ticketBrief),
    issuedToday: state.sectors[sector.id]?.lastSeq ?? 0,
    issuing: issuingState(state, sector.id, now),
  };
}

export function hallView(
  state: Readonly<QueueState>,
  rev: number,
  now: number,
  operatorNames: Record<string, string>,
): HallView {
  const orders = allSectorOrders(state, now, NEXT_SHOWN);
  const counts = waitingCounts(state);
  const desks: DeskLive[] = state.config.desks.map((d) => {
    const live = state.desks[d.id];
    const ticket = live?.ticketId ? state.tickets[live.ticketId] : undefined;
    const operatorId = live?.operatorId ?? null;
    return {
      id: d.id,
      number: d.number,
      sectorIds: d.sectorIds,
      status: live?.status ?? 'closed',
      operatorId,
      operatorName: operatorId === null ? null : (operatorNames[operatorId] ?? null),
      ticket: ticket ? ticketBrief(ticket) : null,
      pauseReason: live?.pauseReason ?? null,
      since: live?.since ?? 0,
      calledAt: live?.calledAt ?? null,
    };
  });
  return {
    rev,
    day: state.day ?? '',
    now,
    sectors: state.config.sectors.map((s) =>
      sectorLive(state, s, orders.get(s.id) ?? { order: [], count: 0 }, counts.get(s.id), now),
    ),
    desks,
  };
}

/** What the display announces for a batch of events; read from the state after they applied. */
export function callViews(state: Readonly<QueueState>, events: DomainEvent[]): CallView[] {
  const out: CallView[] = [];
  for (const e of events) {
    if (e.type !== 'ticket:called' && e.type !== 'ticket:recalled') continue;
    const t = state.tickets[e.ticketId];
    const desk = findDesk(state, e.deskId);
    if (!t || !desk) continue;
    out.push({
      ticketId: t.id,
      number: t.number,
      deskId: desk.id,
      deskNumber: desk.number,
      sectorId: t.sectorId,
      lang: t.lang,
      at: e.at,
      recall: e.type === 'ticket:recalled',
    });
  }
  return out;
}

export function officeInfo(config: OfficeConfig): OfficeInfo {
  return {
    name: config.officeName,
    timeZone: config.timeZone,
    languages: config.languages,
    policy: config.policy,
    startOnCall: config.startOnCall,
    noShowGraceSec: config.noShowGraceSec,
    // Disabled sectors stay listed: screens still need their names, and hallView says why they are off.
    sectors: config.sectors.map((s) => ({
      id: s.id,
      letter: s.letter,
      names: s.names,
      hints: s.hints,
      services: s.services.map((v) => ({ id: v.id, names: v.names })),
      targetWaitMin: s.targetWaitMin,
      dailyLimit: s.dailyLimit,
      priorityAllowed: s.priorityAllowed,
      hours: s.hours,
    })),
  };
}

/** What the kiosk shows and prints; call it on the state that already holds the new ticket. */
export function issuedTicket(state: Readonly<QueueState>, ticket: Ticket, now: number): IssuedTicket {
  const ahead = peopleAhead(state, ticket, now);
  return {
    ticket: ticketBrief(ticket),
    code: ticket.code,
    peopleAhead: ahead,
    estimateMin: estimateMin(state, ticket.sectorId, ahead),
  };
}
