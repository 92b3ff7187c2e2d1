// The specialist's own figures for today (desk:my-day), asked again whenever the desk changes and
// every 30 s, so the paused and idle minutes keep moving.
import type { OperatorDay } from '@kezek/shared';
import type { Connection } from './connection.svelte.ts';

const POLL_MS = 30_000;

export class DeskFigures {
  day = $state.raw<OperatorDay | null>(null);
  #conn: Connection;
  #asking = false;

  constructor(conn: Connection) {
    this.#conn = conn;
    setInterval(() => void this.refresh(), POLL_MS);
  }

  async refresh(): Promise<void> {
    if (this.#asking || !this.#conn.user || this.#conn.status !== 'online') return;
    this.#asking = true;
    const result = await this.#conn.send('desk:my-day', {}, { attempts: 1 });
    this.#asking = false;
    if (result.ok) this.day = result.data;
  }
}
