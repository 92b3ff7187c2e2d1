// Who comes when a visitor at a kiosk asks for help: the specialists signed in at desks of the sectors
// that answer help calls (the service for people with disabilities). With none of those at work, every
// specialist on duty hears it, so a call never goes only to a screen nobody watches.
import type { QueueState } from '@kezek/shared';

export interface HelpTargets {
  /** Operators to tell, each once. */
  operatorIds: string[];
  /** Whether they are the help sectors' own desks (false: the fallback to everyone on duty). */
  ownDesks: boolean;
}

export function helpTargets(state: Readonly<QueueState>): HelpTargets {
  const helpSectors = new Set(state.config.sectors.filter((s) => s.helpCalls === true).map((s) => s.id));
  const own = new Set<string>();
  const everyone = new Set<string>();
  for (const desk of state.config.desks) {
    const live = state.desks[desk.id];
    if (!live?.operatorId || live.status === 'closed') continue;
    everyone.add(live.operatorId);
    if (desk.sectorIds.some((id) => helpSectors.has(id))) own.add(live.operatorId);
  }
  return own.size > 0
    ? { operatorIds: [...own], ownDesks: true }
    : { operatorIds: [...everyone], ownDesks: false };
}
