// Cases as staff and visitors see them, built from the store's state at the moment of asking: where a
// case stands on the clock (due soon, overdue) changes with time, not only with events.
import {
  dueState,
  publicSteps,
  type Case,
  type CasePublicView,
  type CaseRules,
  type CaseView,
  type OfficeConfig,
} from '@kezek/shared';

export function caseView(
  k: Readonly<Case>,
  rules: CaseRules,
  now: number,
  userNames: Record<string, string>,
): CaseView {
  const names: Record<string, string> = {};
  for (const id of [k.registeredBy, k.assigneeId, ...k.history.map((e) => e.by)]) {
    if (id && userNames[id]) names[id] = userNames[id];
  }
  const due = k.status === 'open' ? dueState(rules.calendar, k.dueOn, now) : 'on_time';
  return { ...k, history: [...k.history], due, names };
}

/** Open cases first by due date, then the closed ones newest first. */
export function byUrgency(a: Readonly<Case>, b: Readonly<Case>): number {
  if (a.status === 'open' && b.status !== 'open') return -1;
  if (b.status === 'open' && a.status !== 'open') return 1;
  if (a.status === 'open') return a.dueAt - b.dueAt || a.registeredAt - b.registeredAt;
  return b.registeredAt - a.registeredAt;
}

/** The status page's view of a case found by its unguessable code (the store's findByCode). */
export function casePublicView(k: Readonly<Case>, config: OfficeConfig, now: number): CasePublicView {
  return {
    number: k.number,
    lang: k.lang,
    status: k.status,
    registeredAt: k.registeredAt,
    dueOn: k.dueOn,
    overdue: k.status === 'open' && now >= k.dueAt,
    sectorNames: config.sectors.find((s) => s.id === k.sectorId)?.names ?? null,
    officeName: config.officeName,
    timeZone: config.timeZone,
    steps: publicSteps(k),
  };
}
