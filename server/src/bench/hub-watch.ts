// The regional page's side of the delay from an office's commit to the region: a viewer (with a
// viewer's key, as the page has) watching every office's figures, and the matching of what it sees to
// the entries the offices committed. An office's served + no-shows only grows, and the day's plan says
// which entry first made it k (hub-days.ts), so the moment the viewer first sees k or more is the
// moment that entry reached the region: the delay is exact for those entries (about one in seven).
import { io, type Socket } from 'socket.io-client';
import { sleep } from './stats.js';

export interface OfficeFigures {
  id: string;
  day: string | null;
  /** Served + no-shows of the office's latest day. */
  ended: number;
}

interface LiveAnswer {
  offices: { id: string; day: string | null; served: number; noShows: number }[];
}

/** Poll interval when the hub has no push feed (the hub's own page then polls every 2 s). */
export const POLL_MS = 100;

export interface RegionWatch {
  /** 'socket': the hub's `region:changed` over Socket.IO, then the live figures, as its page does. */
  readonly feed: 'socket' | 'poll';
  readonly counts: { answers: number; failed: number; pushes: number };
  stop(): Promise<void>;
}

/**
 * Watches the region as the regional page does: with the hub's Socket.IO feed when it has one (a
 * `region:changed` naming offices, then `GET /api/region/live` again, one read at a time, a change
 * heard during a read making one more), otherwise polling the live figures every POLL_MS.
 */
export async function watchRegion(
  hubUrl: string,
  viewerKey: string,
  onFigures: (offices: readonly OfficeFigures[], at: number) => void,
): Promise<RegionWatch> {
  const counts = { answers: 0, failed: 0, pushes: 0 };
  const read = async () => {
    try {
      const res = await fetch(`${hubUrl}/api/region/live`, {
        headers: { authorization: `Bearer ${viewerKey}` },
      });
      if (res.status !== 200) throw new Error(`region live answered ${res.status}`);
      const body = (await res.json()) as LiveAnswer;
      const at = performance.now();
      counts.answers += 1;
      onFigures(
        body.offices.map((o) => ({ id: o.id, day: o.day, ended: o.served + o.noShows })),
        at,
      );
    } catch {
      counts.failed += 1;
    }
  };
  const socket = await connectFeed(hubUrl, viewerKey);
  if (socket) {
    let reading: Promise<void> | null = null;
    let again = false;
    const refresh = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = read().finally(() => {
        reading = null;
        if (again) {
          again = false;
          refresh();
        }
      });
    };
    socket.on('region:changed', () => {
      counts.pushes += 1;
      refresh();
    });
    refresh();
    return {
      feed: 'socket',
      counts,
      async stop() {
        socket.disconnect();
        await reading;
      },
    };
  }
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await read();
      await sleep(POLL_MS);
    }
  })();
  return {
    feed: 'poll',
    counts,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/** The hub's push feed with a viewer's key, or null when the hub has none (or refuses the key). */
function connectFeed(hubUrl: string, key: string): Promise<Socket | null> {
  const socket = io(hubUrl, {
    auth: { key },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(null), 5000);
    const done = (s: Socket | null) => {
      clearTimeout(timer);
      if (!s) socket.disconnect();
      resolve(s);
    };
    socket.once('connect', () => done(socket));
    socket.once('connect_error', () => done(null));
  });
}

/** Commits waiting to be seen, per office, oldest first; the delays of those seen. */
export class DelayTracker {
  readonly #pending = new Map<string, { day: string; k: number; at: number }[]>();
  readonly delaysMs: number[] = [];

  /** An entry that first made the office's ended visits `k` was committed at `at`. */
  committed(officeId: string, day: string, k: number, at: number): void {
    let list = this.#pending.get(officeId);
    if (!list) this.#pending.set(officeId, (list = []));
    list.push({ day, k, at });
  }

  seen(offices: readonly OfficeFigures[], at: number): void {
    for (const o of offices) {
      const list = this.#pending.get(o.id);
      if (!list) continue;
      while (list[0] && list[0].day === o.day && list[0].k <= o.ended) {
        this.delaysMs.push(at - list[0].at);
        list.shift();
      }
    }
  }

  unseen(): number {
    let n = 0;
    for (const list of this.#pending.values()) n += list.length;
    return n;
  }
}
