// The visitor's path through the kiosk: sector -> service -> priority -> ticket, then back to the start.
import {
  newRequestId,
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

export type Step = 'sectors' | 'services' | 'priority' | 'ticket';
export interface Tile {
  info: SectorInfo;
  live: SectorLive | null;
  /** Why the sector cannot issue now, or null when it can. */
  blocked: ErrorCode | null;
}

/** The ticket screen goes back to the start on its own after this long. */
export const TICKET_SHOWN_SEC = 15;
/** A visitor who walked away mid-choice leaves the kiosk ready for the next one (settings: content.kioskIdleSec). */
const DEFAULT_IDLE_SEC = 60;
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
  secondsLeft = $state(0);

  readonly conn: KioskConnection;
  /** The last issue payload; kept after a timeout (error 'timeout') so "try again" reuses its requestId. */
  #request: PayloadIn<'ticket:issue'> | null = null;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #idle: ReturnType<typeof setTimeout> | undefined;
  #shownAt = 0;

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
      return { info, live, blocked };
    });
  });
  /** What the printer said about the ticket on screen: null while it prints. */
  printStatus: PrintStatus | null = $derived.by(() =>
    this.issued ? (this.conn.printed[this.issued.ticket.id] ?? null) : null,
  );
  sector: SectorInfo | null = $derived(this.tiles.find((t) => t.info.id === this.sectorId)?.info ?? null);

  constructor(conn: KioskConnection) {
    this.conn = conn;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  chooseSector(id: string): void {
    const tile = this.tiles.find((t) => t.info.id === id);
    if (!tile || tile.blocked || this.pending) return;
    this.sectorId = id;
    this.serviceId = null;
    this.error = null;
    if (tile.info.services.length > 0) this.step = 'services';
    else this.chooseService(null);
  }

  chooseService(id: string | null): void {
    this.serviceId = id;
    if (this.sector?.priorityAllowed) this.step = 'priority';
    else void this.issue(null);
  }

  back(): void {
    if (this.pending) return;
    this.error = null;
    this.step = this.step === 'priority' && this.sector?.services.length ? 'services' : 'sectors';
  }

  /** One touch, one ticket: ignored while a request is pending. */
  async issue(priority: PriorityKind | null): Promise<void> {
    if (this.pending || !this.sectorId) return;
    this.#request = {
      requestId: newRequestId(),
      sectorId: this.sectorId,
      serviceId: this.serviceId,
      priority,
      lang: this.lang,
    };
    await this.#send();
  }

  async retry(): Promise<void> {
    if (!this.pending && this.#request) await this.#send();
  }

  /** Any touch: keeps a half-done choice alive, and on the ticket screen means "done". */
  touch(): void {
    if (this.step === 'ticket') {
      if (Date.now() - this.#shownAt > TOUCH_GUARD_MS) this.reset();
      return;
    }
    clearTimeout(this.#idle);
    if (this.step !== 'sectors' || this.error) this.#idle = setTimeout(() => this.reset(), this.#idleMs());
  }

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
    this.lang = 'kk';
  }

  /** A ticket that did not print stays up longer, so the visitor can note the number or photograph the QR code. */
  holdTicket(seconds: number): void {
    if (this.step === 'ticket') this.secondsLeft = Math.max(this.secondsLeft, seconds);
  }

  #idleMs(): number {
    return (this.conn.snapshot?.content.kioskIdleSec ?? DEFAULT_IDLE_SEC) * 1000;
  }

  async #send(): Promise<void> {
    const request = this.#request;
    if (!request) return;
    this.pending = true;
    this.error = null;
    const result = await this.conn.send('ticket:issue', request);
    this.pending = false;
    if (!result.ok) {
      this.error = result.error;
      // Only an unanswered request may be sent again as the same action; a refusal is final.
      if (result.error !== 'timeout') this.#request = null;
      this.touch();
      return;
    }
    this.#request = null;
    this.issued = result.data;
    void this.conn.printLocally(result.data);
    this.step = 'ticket';
    this.#shownAt = Date.now();
    this.secondsLeft = TICKET_SHOWN_SEC;
    clearInterval(this.#ticker);
    this.#ticker = setInterval(() => {
      this.secondsLeft--;
      if (this.secondsLeft <= 0) this.reset();
    }, 1000);
  }
}
