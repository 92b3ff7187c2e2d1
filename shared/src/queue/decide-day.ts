// Opening, reconfiguring and closing the business day.
import { fail, ok, type Result } from '../errors.js';
import type { Command } from './commands.js';
import { checkConfig } from './config-check.js';
import type { DomainEvent } from './events.js';
import type { Context, OfficeConfig, QueueState } from './types.js';

type Cmd<T extends Command['type']> = Extract<Command, { type: T }>;

export function openDay(
  state: Readonly<QueueState>,
  c: Cmd<'open-day'>,
  ctx: Context,
): Result<DomainEvent[]> {
  // A state holds one day; the next day starts from a fresh initialState.
  if (state.day !== null) return fail('day_closed');
  const bad = checkConfig(c.config);
  if (bad) return fail(bad);
  return ok([{ type: 'day:opened', at: ctx.now, day: c.day, config: c.config }]);
}

/**
 * Changes must not strand anyone: a desk in use, a sector with visitors in it, or a desk that
 * visitors were transferred to cannot disappear mid-day.
 */
function strandsSomeone(state: Readonly<QueueState>, config: OfficeConfig): boolean {
  const deskIds = new Set(config.desks.map((d) => d.id));
  const sectorIds = new Set(config.sectors.map((s) => s.id));
  const deskInUse = Object.values(state.desks).some(
    (d) => !deskIds.has(d.deskId) && (d.status !== 'closed' || d.ticketId !== null),
  );
  if (deskInUse) return true;
  return state.activeIds.some((id) => {
    const t = state.tickets[id];
    return (
      t !== undefined &&
      (!sectorIds.has(t.sectorId) || (t.targetDeskId !== null && !deskIds.has(t.targetDeskId)))
    );
  });
}

export function setConfig(
  state: Readonly<QueueState>,
  c: Cmd<'set-config'>,
  ctx: Context,
): Result<DomainEvent[]> {
  if (checkConfig(c.config) !== null || strandsSomeone(state, c.config)) return fail('invalid_config');
  return ok([{ type: 'config:changed', at: ctx.now, config: c.config }]);
}

/** Only forwards: a number already given out must never come again, so nothing here lowers a counter. */
export function skipNumbers(
  state: Readonly<QueueState>,
  c: Cmd<'skip-numbers'>,
  ctx: Context,
): Result<DomainEvent[]> {
  const ahead = Object.entries(c.lastSeq).filter(
    ([id, seq]) => Number.isInteger(seq) && seq > (state.sectors[id]?.lastSeq ?? Infinity),
  );
  if (ahead.length === 0) return ok([]);
  return ok([{ type: 'numbers:skipped', at: ctx.now, lastSeq: Object.fromEntries(ahead) }]);
}

export function closeDay(
  _state: Readonly<QueueState>,
  _c: Cmd<'close-day'>,
  ctx: Context,
): Result<DomainEvent[]> {
  return ok([{ type: 'day:closed', at: ctx.now }]);
}
