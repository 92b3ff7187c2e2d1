// How many connections one address may hold open. A hall machine runs one screen and maybe a spare
// tab; the server's own machine runs the demo office, the bench, tests, or a reverse proxy that makes
// every client look local, so loopback has its own, much larger cap.
import type { IncomingMessage } from 'node:http';
import { isLoopback, normalAddress } from './address.js';

export interface ConnectionCaps {
  /** Per address on the network. */
  remote: number;
  /** Per loopback address (127.x, ::1). */
  local: number;
}

export const DEFAULT_CONNECTION_CAPS: ConnectionCaps = { remote: 32, local: 1024 };

/** The part of an engine.io connection this needs: where it is from and when it closes. */
interface RawConnection {
  remoteAddress: string;
  close(): void;
  once(event: 'close', listener: () => void): unknown;
}

export class ConnectionCap {
  private readonly open = new Map<string, number>();

  constructor(private readonly caps: ConnectionCaps = DEFAULT_CONNECTION_CAPS) {}

  /** engine.io's `allowRequest`: a handshake from an address at its cap is refused before any work. */
  readonly allowRequest = (req: IncomingMessage, answer: (err: string | null, ok: boolean) => void): void => {
    const address = normalAddress(req.socket.remoteAddress);
    const full = (this.open.get(address) ?? 0) >= this.capOf(address);
    answer(full ? 'too many connections from this address' : null, !full);
  };

  /**
   * Counts a connection that completed its handshake; handshakes that were in flight together may
   * pass `allowRequest` side by side, so the one over the cap is closed here.
   */
  admit(conn: RawConnection): void {
    const address = normalAddress(conn.remoteAddress);
    const count = (this.open.get(address) ?? 0) + 1;
    this.open.set(address, count);
    conn.once('close', () => {
      const left = (this.open.get(address) ?? 1) - 1;
      if (left <= 0) this.open.delete(address);
      else this.open.set(address, left);
    });
    if (count > this.capOf(address)) conn.close();
  }

  private capOf(address: string): number {
    return isLoopback(address) ? this.caps.local : this.caps.remote;
  }
}
