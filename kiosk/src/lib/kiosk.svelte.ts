// The visitor's path through the kiosk: sector -> service -> priority -> ticket, then back to the start.
import {
  newRequestId,
  type CheckInResult,
  type ErrorCode,
  type IssuedTicket,
  type Lang,
  type PayloadIn,
  type PriorityKind,
  type PrintStatus,
  type SectorInfo,
  type SectorLive,
} from '@kezek/shared';
import type { KioskConnection } from './kiosk-connection.svelte.ts';

export type Step = 'sectors' | 'services' | 'priority' | 'checkin' | 'ticket';
/** A ticket a booking's check-in issued: on time (booked) or a walk-in for a late arrival. */
export type CheckedIn = Exclude<CheckInResult, { kind: 'refused' }>;
/** What the ticket screen says of the booking. */
export interface BookingNote {
  kind: CheckedIn['kind'];
  slotStart: number;
}
export interface Tile {
  info: SectorInfo;
  live: SectorLive | null;
  /** Why the sector cannot issue now, or null when it can. */
  blocked: ErrorCode | null;
  /** Issuing, but no desk serves the sector now: the visitor is told before taking the ticket. */
  noDesk: boolean;
}

/** The ticket screen goes back to the start on its own after this long. */
export const TICKET_SHOWN_SEC = 15;
/** A ticket that did not print stays up this long, so the visitor can note the number or photograph the QR code. */
export const PROBLEM_HOLD_SEC = 45;
/** Used until the snapshot brings the office's own idle limit (settings: content.kioskIdleSec). */
const DEFAULT_IDLE_SEC = 30;
/** A touch this soon after the ticket appears belongs to the touch that asked for it. */
const TOUCH_GUARD_MS = 800;

export class Kiosk {
  lang = $state<Lang>('kk');
  step = $state<Step>('sectors');
  sectorId = $state<string | null>(null);
  serviceId = $state<string | null>(null);
  pending = $state(false);
  error = $state<ErrorCode | null>(null);
  issued = $state.raw<IssuedTicket | null>(null);
  /** The ticket on screen came from a booking's check-in. */
  checkedIn = $state.raw<BookingNote | null>(null);
  /** Whether the sector had no open desk when the ticket was taken: then no wait is promised. */
  issuedNoDesk = $state(false);
  secondsLeft = $state(0);
  /** The visitor's own display choices; the next visitor starts without them. */
  largeText = $state(false);
  reach = $state(false);

  readonly conn: KioskConnection;
  /** The last issue payload; kept after a timeout (error 'timeout') so "try again" reuses its requestId. */
  #request: PayloadIn<'ticket:issue'> | null = null;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #idle: ReturnType<typeof setTimeout> | undefined;
  #shownAt = 0;
  #endsAt = 0;
  /** Told when the kiosk returns to the start, so other visitor modes (voice) end with the visit. */
  #onReset: (() => void)[] = [];

  online: boolean = $derived.by(() => this.conn.status === 'online');
  firstLang: Lang = $derived.by(() => this.conn.snapshot?.office.languages[0] ?? 'kk');
  tiles: Tile[] = $derived.by(() => {
    const snap = this.conn.snapshot;
    if (!snap) return [];
    return snap.office.sectors.map((info) => {
      const live = snap.hall.sectors.find((s) => s.id === info.id) ?? null;
      const blocked: ErrorCode | null = !live
        ? 'sector_disabled'
        : live.issuing === 'open'
          ? null
          : live.issuing;
      return { info, live, blocked, noDesk: blocked === null && live !== null && live.desksOpen === 0 };
    });
  });
  /** What the printer said about the ticket on screen: null while it prints. */
  printStatus: PrintStatus | null = $derived.by(() => {
    const id = this.issued?.ticket.id;
    return id ? (this.conn.printed[id] ?? null) : null;
  });
  tile: Tile | null = $derived(this.tiles.find((t) => t.info.id === this.sectorId) ?? null);
  sector: SectorInfo | null = $derived(this.tile?.info ?? null);

  constructor(conn: KioskConnection) {
    this.conn = conn;
  }

  onReset(fn: () => void): void {
    this.#onReset.push(fn);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.touch();
  }

  toggleLargeText(): void {
    this.largeText = !this.largeText;
    this.touch();
  }

  toggleReach(): void {
    this.reach = !this.reach;
    this.touch();
  }

  chooseSector(id: string): void {
    const tile = this.tiles.find((t) => t.info.id === id);
    if (!tile || tile.blocked || this.pending || !this.online) return;
    this.sectorId = id;
    this.serviceId = null;
    this.error = null;
    if (tile.info.services.length > 0) this.#go('services');
    else this.chooseService(null);
  }

  chooseService(id: string | null): void {
    this.serviceId = id;
    if (this.sector?.priorityAllowed) this.#go('priority');
    else void this.issue(null);
  }

  back(): void {
    if (this.pending) return;
    this.error = null;
    if (this.step === 'checkin') return this.reset();
    this.#go(this.step === 'priority' && this.sector?.services.length ? 'services' : 'sectors');
  }

  /** One touch, one ticket: ignored while a request is pending. */
  async issue(priority: PriorityKind | null): Promise<void> {
    if (this.pending || !this.sectorId || !this.online) return;
    this.#request = {
      requestId: newRequestId(),
      sectorId: this.sectorId,
      serviceId: this.serviceId,
      priority,
      lang: this.lang,
    };
    await this.#send();
  }

  startCheckIn(): void {
    if (this.pending || !this.online) return;
    this.error = null;
    this.#go('checkin');
  }

  showCheckIn(result: CheckedIn): void {
    this.checkedIn = { kind: result.kind, slotStart: result.slotStart };
    this.issued = result.issued;
    this.issuedNoDesk = result.issued.estimateMin === null;
    this.sectorId = result.issued.ticket.sectorId;
    void this.conn.printLocally(result.issued);
    this.#showTicket();
  }

  async retry(): Promise<void> {
    if (!this.pending && this.#request) await this.#send();
  }

  /**
   * Any touch or key: on the ticket screen it means "done" (unless `ends` is false: the accessibility
   * bar and the voice keys, which a visitor presses to hear the ticket); elsewhere it restarts the idle
   * clock. Every state but the untouched start times out, so a visitor who walks away leaves it ready.
   */
  touch(ends = true): void {
    if (this.step === 'ticket') {
      if (ends && Date.now() - this.#shownAt > TOUCH_GUARD_MS) this.reset();
      return;
    }
    this.#armIdle();
  }

  /** Keeps the ticket up at least `seconds` from when it appeared (a visitor listening to it). */
  holdTicket(seconds: number): void {
    if (this.step !== 'ticket') return;
    this.#endsAt = Math.max(this.#endsAt, this.#shownAt + seconds * 1000);
    this.secondsLeft = Math.max(0, Math.ceil((this.#endsAt - Date.now()) / 1000));
  }

  /** Back to the untouched start, in the office's first language. */
  reset(): void {
    if (this.pending) return;
    clearInterval(this.#ticker);
    clearTimeout(this.#idle);
    this.#request = null;
    this.step = 'sectors';
    this.sectorId = null;
    this.serviceId = null;
    this.error = null;
    this.issued = null;
    this.checkedIn = null;
    this.issuedNoDesk = false;
    this.lang = this.firstLang;
    this.largeText = false;
    this.reach = false;
    for (const fn of this.#onReset) fn();
  }

  #go(step: Step): void {
    this.step = step;
    this.#armIdle();
  }

  #armIdle(): void {
    clearTimeout(this.#idle);
    const ms = (this.conn.snapshot?.content.kioskIdleSec ?? DEFAULT_IDLE_SEC) * 1000;
    // Re-checked when it fires: a mode switched off again, or a voice visitor's step, may have settled it.
    this.#idle = setTimeout(() => {
      if (this.pending) this.#armIdle();
      else this.reset();
    }, ms);
  }

  async #send(): Promise<void> {
    const request = this.#request;
    if (!request) return;
    const noDesk = this.tile?.noDesk ?? false;
    this.pending = true;
    this.error = null;
    const result = await this.conn.send('ticket:issue', request);
    this.pending = false;
    if (!result.ok) {
      this.error = result.error;
      // Only an unanswered request may be sent again as the same action; a refusal is final.
      if (result.error !== 'timeout') this.#request = null;
      this.#armIdle();
      return;
    }
    this.#request = null;
    this.issued = result.data;
    this.issuedNoDesk = noDesk || result.data.estimateMin === null;
    void this.conn.printLocally(result.data);
    this.#showTicket();
  }

  #showTicket(): void {
    clearTimeout(this.#idle);
    this.step = 'ticket';
    this.#shownAt = Date.now();
    this.#endsAt = this.#shownAt + TICKET_SHOWN_SEC * 1000;
    this.secondsLeft = TICKET_SHOWN_SEC;
    clearInterval(this.#ticker);
    // A deadline, not a counter: a late printer answer extends it once, and the count keeps running.
    this.#ticker = setInterval(() => this.#tick(), 250);
  }

  #tick(): void {
    const status = this.printStatus;
    if (status !== null && status !== 'printed')
      this.#endsAt = Math.max(this.#endsAt, this.#shownAt + PROBLEM_HOLD_SEC * 1000);
    const left = Math.ceil((this.#endsAt - Date.now()) / 1000);
    this.secondsLeft = Math.max(0, left);
    if (left <= 0) this.reset();
  }
}
