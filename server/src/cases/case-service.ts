// What the socket handlers and the head's screens need of cases: the store, who may see which, the
// views, and the announcements after a change (to the head and to each specialist who may see it).
import {
  fail,
  ok,
  type Case,
  type CaseEvent,
  type CaseRules,
  type CaseView,
  type Result,
  type SessionUser,
} from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import { staffRooms } from '../staff-rooms.js';
import { canSeeCase } from './case-access.js';
import type { CaseStore } from './case-store.js';
import { byUrgency, caseView } from './case-views.js';

/** A list answers with at most this many closed cases besides every open one. */
const CLOSED_IN_LIST = 200;
/** A list of the cases registered in a period answers with at most this many. */
const OPENED_IN_LIST = 2000;

/** Which cases registered in a period a list asks for (the head's report links here). */
export interface OpenedFilter {
  from: string;
  to: string;
  fromVisit: boolean;
  sectorId: string | null;
}

export interface CaseServiceDeps {
  store: CaseStore;
  settings: SettingsPort;
  clock: () => number;
  rules: () => CaseRules;
  /** Sends a changed case to the named rooms (the socket server's `to(rooms).emit`); null in tests. */
  emit: ((rooms: string[], view: CaseView) => void) | null;
}

export class CaseService {
  constructor(private readonly deps: CaseServiceDeps) {
    deps.store.onCommitted((events) => this.announce(events));
  }

  get store(): CaseStore {
    return this.deps.store;
  }

  rules(): CaseRules {
    return this.deps.rules();
  }

  view(k: Readonly<Case>): CaseView {
    return caseView(k, this.deps.rules(), this.deps.clock(), this.userNames());
  }

  /** The case if `actor` may see it; a case they may not see reads as unknown, so ids leak nothing. */
  find(actor: SessionUser, caseId: string): Result<Case> {
    const k = this.deps.store.cases.cases[caseId];
    if (!k || !canSeeCase(actor, k, this.deps.settings.data.office)) return fail('unknown_case');
    return ok(k);
  }

  list(actor: SessionUser, scope: 'open' | 'all', opened?: OpenedFilter): CaseView[] {
    const config = this.deps.settings.data.office;
    const seen = Object.values(this.deps.store.cases.cases).filter((k) => canSeeCase(actor, k, config));
    if (opened) return this.openedIn(seen, opened);
    const open = seen.filter((k) => k.status === 'open');
    const closed =
      scope === 'all'
        ? seen
            .filter((k) => k.status !== 'open')
            .sort(byUrgency)
            .slice(0, CLOSED_IN_LIST)
        : [];
    return [...open.sort(byUrgency), ...closed].map((k) => this.view(k));
  }

  // Live cases only: those settled long enough ago to be archived are counted by the case report but
  // not listed (the archive keeps them by code for the visitor's page, not for browsing).
  private openedIn(seen: readonly Case[], f: OpenedFilter): CaseView[] {
    return seen
      .filter(
        (k) =>
          k.registeredOn >= f.from &&
          k.registeredOn <= f.to &&
          (!f.fromVisit || k.source.kind === 'visit') &&
          (f.sectorId === null || k.sectorId === f.sectorId),
      )
      .sort((a, b) => a.registeredAt - b.registeredAt)
      .slice(0, OPENED_IN_LIST)
      .map((k) => this.view(k));
  }

  userNames(): Record<string, string> {
    return Object.fromEntries(this.deps.settings.data.users.map((u) => [u.id, u.name]));
  }

  private announce(events: CaseEvent[]): void {
    const emit = this.deps.emit;
    if (!emit) return;
    const ids = new Set(
      events.map((e) => (e.type === 'case:opened' ? (e.case?.id ?? '') : 'caseId' in e ? e.caseId : '')),
    );
    const config = this.deps.settings.data.office;
    for (const id of ids) {
      const k = this.deps.store.cases.cases[id];
      if (!k) continue;
      const view = this.view(k);
      emit(
        staffRooms(this.deps.settings.data.users, (actor) => canSeeCase(actor, k, config)),
        view,
      );
    }
  }
}
