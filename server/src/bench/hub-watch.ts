// The regional page's side of the delay from an office's commit to the region: a viewer (with a
// viewer's key, as the page has) watching every office's figures, and the matching of what it sees to
// the entries the offices committed. An office's served + no-shows only grows, and the day's plan says
// which entry first made it k (hub-days.ts), so the moment the viewer first sees k or more is the
// moment that entry reached the region: the delay is exact for those entries (about one in seven).
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

/**
 * How the viewer learns of changes. The hub's regional page asks `GET /api/region/live` every two
 * seconds; the viewer here asks every POLL_MS, so the figure is the hub's own delay plus at most
 * POLL_MS (the page's two seconds would hide it). A Socket.IO feed, when the hub has one, slots in here.
 */
export const REGION_FEED = 'poll' as 'poll' | 'socket';
export const POLL_MS = 100;

export interface RegionWatch {
  /** Answers seen and failed, for the report. */
  readonly counts: { answers: number; failed: number };
  stop(): Promise<void>;
}

export function watchRegion(
  hubUrl: string,
  viewerKey: string,
  onFigures: (offices: readonly OfficeFigures[], at: number) => void,
): RegionWatch {
  let stopped = false;
  const counts = { answers: 0, failed: 0 };
  const loop = (async () => {
    while (!stopped) {
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
      await sleep(POLL_MS);
    }
  })();
  return {
    counts,
    async stop() {
      stopped = true;
      await loop;
    },
  };
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
