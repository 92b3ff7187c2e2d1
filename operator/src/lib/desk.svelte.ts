// The specialist's desk: which desk, what it may do now, and each command sent once per press.
import {
  LANGS,
  appStorage,
  getShellBridge,
  minutesBetween,
  newRequestId,
  type DeskLive,
  type ErrorCode,
  type InboundEvent,
  type Lang,
  type Outcome,
  type PauseReason,
  type PayloadIn,
  type SectorInfo,
  type SectorLive,
} from '@kezek/shared';
import type { Connection } from './connection.svelte.ts';
import { enabledActions } from './desk-actions.ts';
import { DeskFigures } from './desk-figures.svelte.ts';
import { actionsFor, ignoredKey, pauseReasonFor, type ActionId } from './shortcuts.ts';

export interface DeskQueue {
  info: SectorInfo;
  live: SectorLive | null;
}

const store = appStorage('operator');
const storedLang = store.get('lang');

export class DeskWork {
  lang = $state<Lang>(LANGS.find((l) => l === storedLang) ?? 'kk');
  /** The desk chosen on this machine, remembered across reloads. */
  deskId = $state<string | null>(store.get('desk'));
  error = $state<ErrorCode | null>(null);
  /** The command in flight; every button waits for it, so one press is one command. */
  busy = $state<string | null>(null);
  pickingPause = $state(false);
  transferring = $state(false);
  now = $state(Date.now());
  /** The optional note sent with finish, kept only for the visitor it was written for. */
  #note = $state({ ticketId: '', text: '' });

  readonly conn: Connection;
  readonly figures: DeskFigures;

  desk: DeskLive | null = $derived.by(
    () => this.conn.snapshot?.hall.desks.find((d) => d.id === this.deskId) ?? null,
  );
  /** At work when the remembered desk is open (or paused) by the signed-in user. */
  working = $derived.by(
    () => !!this.desk && this.desk.status !== 'closed' && this.desk.operatorId === this.conn.user?.id,
  );
  /** Desks this user may open (an empty list in the user record means any). */
  desks: DeskLive[] = $derived.by(() => {
    const all = this.conn.snapshot?.hall.desks ?? [];
    const allowed = this.conn.user?.deskIds ?? [];
    return allowed.length === 0 ? all : all.filter((d) => allowed.includes(d.id));
  });
  queues: DeskQueue[] = $derived.by(() => {
    const snap = this.conn.snapshot;
    if (!snap || !this.desk) return [];
    const ids = this.desk.sectorIds;
    return snap.office.sectors
      .filter((s) => ids.includes(s.id))
      .map((info) => ({ info, live: snap.hall.sectors.find((s) => s.id === info.id) ?? null }));
  });
  ticketSector: SectorInfo | null = $derived.by(() => {
    const id = this.desk?.ticket?.sectorId;
    return this.conn.snapshot?.office.sectors.find((s) => s.id === id) ?? null;
  });
  waitedMin: number = $derived.by(() => {
    const t = this.desk?.ticket;
    return t ? minutesBetween(t.issuedAt, t.calledAt ?? this.now) : 0;
  });
  /** The latest call or recall to this desk: the server allows no-show noShowGraceSec after it. */
  calledAt: number | null = $derived(this.desk?.calledAt ?? null);
  /** Seconds until no-show is offered: office.noShowGraceSec after the call. */
  noShowLeft: number = $derived.by(() => {
    const grace = this.conn.snapshot?.office.noShowGraceSec ?? 0;
    if (this.calledAt === null) return grace;
    return Math.max(0, Math.ceil(grace - (this.now - this.calledAt) / 1000));
  });
  /** What each action may do now; the server has the last word, this only greys out the impossible. */
  enabled: Record<ActionId, boolean> = $derived(enabledActions(this.desk, this.noShowLeft));
  note: string = $derived(this.#note.ticketId === (this.desk?.ticket?.id ?? '') ? this.#note.text : '');
  /** Changes whenever this desk's status or visitor does: the moment to ask for new figures. */
  #deskKey = $derived(`${this.desk?.status}:${this.desk?.ticket?.id}:${this.desk?.ticket?.status}`);

  constructor(conn: Connection) {
    this.conn = conn;
    this.figures = new DeskFigures(conn);
    // Every second: the no-show countdown and waiting minutes are read off this clock.
    setInterval(() => (this.now = Date.now() + this.conn.clockOffset), 1000);
    $effect(() => {
      void this.#deskKey;
      if (this.working && this.conn.status === 'online') void this.figures.refresh();
    });
    // In the Electron shell a global hotkey (F9 by default) calls the next visitor even while another
    // program has the keyboard; act() applies the same checks as the button.
    const bridge = getShellBridge(window);
    if (bridge?.role === 'operator') bridge.onCallNext(() => void this.act('call-next'));
  }

  setNote(text: string): void {
    this.#note = { ticketId: this.desk?.ticket?.id ?? '', text };
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    store.set('lang', lang);
  }

  async openDesk(deskId: string): Promise<void> {
    if (await this.#run('desk:open', { requestId: newRequestId(), deskId })) {
      this.deskId = deskId;
      store.set('desk', deskId);
    }
  }

  async login(username: string, password: string): Promise<void> {
    this.busy = 'auth:login';
    this.error = null;
    const result = await this.conn.login(username, password);
    this.busy = null;
    if (!result.ok) this.error = result.error;
  }

  async logout(): Promise<void> {
    await this.conn.logout();
    this.deskId = null;
    store.set('desk', null);
  }

  async act(id: ActionId): Promise<void> {
    const deskId = this.deskId;
    if (!deskId || !this.enabled[id] || this.busy) return;
    const base = { requestId: newRequestId(), deskId };
    if (id === 'pause') this.pickingPause = true;
    else if (id === 'transfer') this.transferring = true;
    else if (id === 'find' || id === 'note') document.getElementById(`desk-${id}`)?.focus();
    else if (id === 'call-next') await this.#run('desk:call-next', base);
    else if (id === 'recall') await this.#run('desk:recall', base);
    else if (id === 'start') await this.#run('desk:start', base);
    else if (id === 'no-show') await this.#run('desk:no-show', base);
    else if (id === 'return') await this.#run('desk:return', base);
    else if (id === 'resume') await this.#run('desk:resume', base);
    else if (id === 'close-desk') await this.#run('desk:close', base);
    else {
      const next = id.startsWith('finish-next-');
      const outcome = id.slice(next ? 'finish-next-'.length : 'finish-'.length) as Outcome;
      await this.#run('desk:finish', { ...base, outcome, callNext: next, note: this.note.trim() || null });
    }
  }

  async pause(reason: PauseReason): Promise<void> {
    this.pickingPause = false;
    if (this.deskId)
      await this.#run('desk:pause', { requestId: newRequestId(), deskId: this.deskId, reason });
  }

  /** Calls a ticket by its number; a paused desk is resumed first, as the specialist means to work. */
  async callTicket(number: string): Promise<boolean> {
    const deskId = this.deskId;
    if (!deskId || !this.enabled.find || this.busy) return false;
    if (
      this.desk?.status === 'paused' &&
      !(await this.#run('desk:resume', { requestId: newRequestId(), deskId }))
    )
      return false;
    return this.#run('desk:call-ticket', { requestId: newRequestId(), deskId, number });
  }

  async transfer(toSectorId: string, toDeskId: string | null, note: string): Promise<void> {
    if (!this.deskId || !this.enabled.transfer || this.busy) return;
    const payload = { requestId: newRequestId(), deskId: this.deskId, toSectorId, toDeskId };
    if (await this.#run('desk:transfer', { ...payload, note: note.trim() || null }))
      this.transferring = false;
  }

  onKey(e: KeyboardEvent): void {
    // The transfer dialog takes its own keys (Tab, Enter, Esc).
    if (ignoredKey(e) || !this.working || this.transferring) return;
    if (this.pickingPause) {
      const reason = pauseReasonFor(e);
      if (e.key === 'Escape') this.pickingPause = false;
      else if (reason) void this.pause(reason);
      else return;
    } else {
      const id = actionsFor(e).find((a) => this.enabled[a]);
      if (!id) return;
      void this.act(id);
    }
    e.preventDefault();
  }

  async #run<E extends InboundEvent>(event: E, payload: PayloadIn<E>): Promise<boolean> {
    this.busy = event;
    this.error = null;
    const result = await this.conn.send(event, payload);
    this.busy = null;
    if (!result.ok) this.error = result.error;
    return result.ok;
  }
}
