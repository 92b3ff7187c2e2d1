// A day made with the pure queue itself (execute = decide + evolve), written as the journal entries the
// office would have written: the same events, sequence numbers and request keys.
import {
  execute,
  initialState,
  type Command,
  type DomainEvent,
  type OfficeConfig,
  type QueueState,
} from '@kezek/shared';
import type { JournalEntry } from '../office/journal-entry.js';

export interface GeneratedDay {
  entries: JournalEntry[];
  events: number;
  state: QueueState;
}

/**
 * `visitors` tickets served across every desk: call, one recall, start, then finish, a transfer (every
 * fifth) or a no-show (every 23rd), with paperwork pauses between. `close` ends the day (an archive);
 * otherwise the desks close and the day stays open, as a restart at the end of a shift finds it.
 */
export function generateDay(
  config: OfficeConfig,
  day: string,
  startAt: number,
  visitors: number,
  close: boolean,
): GeneratedDay {
  const state = initialState(config);
  const entries: JournalEntry[] = [];
  let now = startAt;
  let ids = 0;
  let events = 0;
  const ctx = () => ({ now, newId: () => `g${(ids++).toString(36)}` });
  const run = (command: Command, actor: string | null): DomainEvent[] => {
    const r = execute(state, command, ctx());
    if (!r.ok) return [];
    events += r.data.length;
    const seq = entries.length + 1;
    entries.push({ seq, at: now, req: actor ? `${actor}:gen-${seq}` : null, events: r.data, ack: null });
    return r.data;
  };
  run({ type: 'open-day', day, config }, null);
  const desks = config.desks.map((d, i) => ({ deskId: d.id, operatorId: `u-op${i + 1}` }));
  for (const d of desks) run({ type: 'open-desk', ...d }, d.operatorId);
  let issued = 0;
  for (let turn = 0; (issued < visitors || state.activeIds.length > 0) && turn < 2_000_000; turn++) {
    now += 700;
    if (issued < visitors) {
      const sector = config.sectors[issued % config.sectors.length];
      const priority = issued % 11 === 0 ? 'elderly' : null;
      run(
        {
          type: 'issue',
          sectorId: sector?.id ?? '',
          serviceId: null,
          priority,
          lang: 'kk',
          source: 'kiosk-1',
        },
        'kiosk-1',
      );
      issued++;
    }
    const d = desks[turn % desks.length];
    if (d) deskStep(state, d.deskId, d.operatorId, turn, run);
  }
  if (close) run({ type: 'close-day' }, 'u-head');
  else for (const d of desks) run({ type: 'close-desk', deskId: d.deskId }, d.operatorId);
  return { entries, events, state };
}

function deskStep(
  state: QueueState,
  deskId: string,
  operatorId: string,
  turn: number,
  run: (c: Command, actor: string) => DomainEvent[],
): void {
  const desk = state.desks[deskId];
  const ticket = desk?.ticketId ? state.tickets[desk.ticketId] : undefined;
  if (!ticket) {
    if (desk?.status === 'paused') run({ type: 'resume', deskId }, operatorId);
    else if (turn % 7 === 0) run({ type: 'pause', deskId, reason: 'paperwork' }, operatorId);
    else run({ type: 'call-next', deskId, operatorId }, operatorId);
    return;
  }
  if (ticket.status === 'called') {
    run(
      ticket.calls < (turn % 2 ? 2 : 3) ? { type: 'recall', deskId } : { type: 'start', deskId },
      operatorId,
    );
    return;
  }
  if (turn % 5 === 0 && ticket.firstLegId === null) {
    const others = state.config.sectors.filter((s) => s.id !== ticket.sectorId);
    const toSectorId = others[turn % others.length]?.id ?? ticket.sectorId;
    run({ type: 'transfer', deskId, toSectorId, toDeskId: null, note: null }, operatorId);
  } else if (turn % 23 === 0) run({ type: 'no-show', deskId }, operatorId);
  else
    run({ type: 'finish', deskId, outcome: 'solved', note: null, callNext: false, operatorId }, operatorId);
}
