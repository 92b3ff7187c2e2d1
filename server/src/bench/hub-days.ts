// The days the simulated offices work, made once per kind of office with the bench's day generator
// (the pure queue itself) and shared: 480 district offices working the same 4,000-entry day do not
// need 480 copies of it in memory, and the hub cannot tell, since it keys every entry by office.
import type { OfficeConfig, QueueState } from '@kezek/shared';
import type { JournalEntry } from '../office/journal-entry.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { bigCentreConfig } from './big-centre.js';
import { generateDay } from './generate-day.js';

export type OfficeKind = 'district' | 'big';

export interface DayPlan {
  day: string;
  entries: readonly JournalEntry[];
  tickets: number;
  /**
   * Visits ended (finished or no-show) after each entry, index = seq: what the regional page shows
   * as served + no-shows, and it only grows, so the page showing k means it holds the entry that
   * first made it k.
   */
  ended: Int32Array;
  /** The day's state at its close. */
  state: QueueState;
}

/** District offices come in a few sizes around 500 visitors; big centres as the office bench's day. */
const DISTRICT_VISITORS = [470, 500, 530, 560];
const BIG_VISITORS = [4900, 5100];

export interface OfficeDays {
  kind: OfficeKind;
  config: OfficeConfig;
  days: DayPlan[];
}

/** `variant` picks one of the sizes; each day of `days` is a closed day, opened at 09:00 in Almaty. */
export function officeDays(
  kind: OfficeKind,
  variant: number,
  days: readonly string[],
  scale = 1,
): OfficeDays {
  const config = kind === 'district' ? structuredClone(DEMO_OFFICE) : bigCentreConfig();
  const sizes = kind === 'district' ? DISTRICT_VISITORS : BIG_VISITORS;
  const visitors = Math.max(1, Math.round((sizes[variant % sizes.length] ?? 500) * scale));
  return {
    kind,
    config,
    days: days.map((day) => {
      const g = generateDay(config, day, Date.parse(`${day}T04:00:00Z`), visitors, true);
      const ended = new Int32Array(g.entries.length + 1);
      for (const e of g.entries) {
        const n = e.events.filter((x) => x.type === 'ticket:finished' || x.type === 'ticket:no-show').length;
        ended[e.seq] = (ended[e.seq - 1] ?? 0) + n;
      }
      const tickets = Object.values(g.state.tickets);
      const endedAtClose = tickets.filter((t) => t.status === 'finished' || t.status === 'no_show').length;
      if (ended[g.entries.length] !== endedAtClose) throw new Error('ended visits miscounted');
      return { day, entries: g.entries, tickets: tickets.length, ended, state: g.state };
    }),
  };
}

export const VARIANTS = { district: DISTRICT_VISITORS.length, big: BIG_VISITORS.length };
