// What the hall display shows: calls (the newest on top, flashing), queues, and the office clock.
import { latestCallPerTicket, type CallView, type SectorInfo, type SectorLive } from '@kezek/shared';
import { SvelteSet } from 'svelte/reactivity';
import type { Connection } from './connection.svelte.ts';

/** How long a new call keeps flashing. */
export const FLASH_MS = 10_000;
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

  calls: CallView[] = $derived.by(() => latestCallPerTicket(this.conn.snapshot?.recentCalls ?? []));
  current: CallView[] = $derived(this.calls.slice(0, CURRENT_SHOWN));
  recent: CallView[] = $derived(this.calls.slice(CURRENT_SHOWN, CURRENT_SHOWN + RECENT_SHOWN));
  queues: QueueRow[] = $derived.by(() => {
    const snap = this.conn.snapshot;
    if (!snap) return [];
    return snap.office.sectors.map((info) => ({
      info,
      live: snap.hall.sectors.find((s) => s.id === info.id) ?? null,
    }));
  });

  constructor(conn: Connection) {
    this.conn = conn;
    conn.onCalls = (calls) => this.#flash(calls);
    setInterval(() => (this.now = Date.now() + this.conn.clockOffset), 1000);
  }

  #flash(calls: CallView[]): void {
    const keys = calls.map(callKey);
    for (const key of keys) this.flashing.add(key);
    setTimeout(() => keys.forEach((key) => this.flashing.delete(key)), FLASH_MS);
  }
}
