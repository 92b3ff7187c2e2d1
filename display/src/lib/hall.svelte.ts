// What the hall display shows: calls (the newest on top, flashing), queues, and the office clock; it hands
// live calls to the announcer. Everything is filtered by the display's scope, if it has one.
import { latestCallPerTicket, type CallView, type SectorInfo, type SectorLive } from '@kezek/shared';
import { SvelteSet } from 'svelte/reactivity';
import { Announcer } from './announcer.svelte.ts';
import type { Connection } from './connection.svelte.ts';
import { inQuietHours } from './quiet-hours.ts';
import { callInScope, sectorsInScope } from './scope.ts';

/** How long a new call keeps flashing (and covers the media zone). */
export const FLASH_MS = 10_000;
/** A call heard about this late (replayed after a short drop) is shown but no longer spoken. */
const SPEAK_WITHIN_MS = 60_000;
const CURRENT_SHOWN = 4;
const RECENT_SHOWN = 8;

export interface QueueRow {
  info: SectorInfo;
  live: SectorLive | null;
}

export const callKey = (c: CallView): string => `${c.ticketId}@${c.at}`;

export class Hall {
  /** The office's time, ticking each second. */
  now = $state(Date.now());
  /** Keys (callKey) of the calls flashing now. */
  readonly flashing = new SvelteSet<string>();

  readonly conn: Connection;
  readonly announcer: Announcer;

  calls: CallView[] = $derived.by(() =>
    latestCallPerTicket(this.conn.snapshot?.recentCalls ?? []).filter((c) => callInScope(this.conn.scope, c)),
  );
  current: CallView[] = $derived(this.calls.slice(0, CURRENT_SHOWN));
  recent: CallView[] = $derived(this.calls.slice(CURRENT_SHOWN, CURRENT_SHOWN + RECENT_SHOWN));
  /** The newest call while it flashes: it covers the media zone. */
  spotlight: CallView | null = $derived(
    this.current[0] && this.flashing.has(callKey(this.current[0])) ? this.current[0] : null,
  );
  queues: QueueRow[] = $derived.by(() => {
    const snap = this.conn.snapshot;
    if (!snap) return [];
    const shown = sectorsInScope(this.conn.scope, snap.hall);
    return snap.office.sectors
      .filter((info) => shown(info.id))
      .map((info) => ({ info, live: snap.hall.sectors.find((s) => s.id === info.id) ?? null }));
  });

  constructor(conn: Connection) {
    this.conn = conn;
    this.announcer = new Announcer({
      volume: () => conn.snapshot?.content.volume ?? 0.8,
      quiet: () =>
        inQuietHours(
          conn.snapshot?.content.quietHours ?? null,
          this.#officeNow(),
          conn.snapshot?.office.timeZone ?? 'Asia/Almaty',
        ),
      now: () => this.#officeNow(),
    });
    conn.onCalls = (calls, live) => this.#take(calls, live);
    setInterval(() => (this.now = this.#officeNow()), 1000);
  }

  #officeNow(): number {
    return Date.now() + this.conn.clockOffset;
  }

  #take(calls: CallView[], live: boolean): void {
    const mine = calls.filter((c) => callInScope(this.conn.scope, c));
    const keys = mine.map(callKey);
    for (const key of keys) this.flashing.add(key);
    setTimeout(() => keys.forEach((key) => this.flashing.delete(key)), FLASH_MS);
    const now = this.#officeNow();
    if (live)
      this.announcer.enqueue(
        mine.filter((c) => now - c.at < SPEAK_WITHIN_MS),
        callKey,
      );
  }
}
