// The hub phase's moving parts: the hub child, the offices' days, the live pace, and the counts read
// back from the hub's database to say when it holds everything and that it holds it once.
import type { Queryable } from '../hub/db.js';
import { memoryOf, startChild, type Child } from './child.js';
import { officeDays, VARIANTS, type OfficeDays } from './hub-days.js';
import type { SimOffice } from './hub-offices.js';
import type { HubPlan } from './hub-plan.js';
import type { DelayTracker } from './hub-watch.js';
import { sleep } from './stats.js';

/** The built hub (server/dist/hub/index.js, whether this runs built or from the sources in a test). */
export async function startHub(databaseUrl: string): Promise<Child> {
  const c = await startChild(
    '../dist/hub/index.js',
    ['--database', databaseUrl, '--port', '0', '--host', '127.0.0.1', '--log-level', 'info'],
    {},
    /"port":(\d+)[^\n]*kezek hub listening/,
  );
  return { ...c, url: `http://127.0.0.1:${c.match[1]}` };
}

export function makeKinds(plan: HubPlan, days: readonly string[]): Record<'district' | 'big', OfficeDays[]> {
  const make = (kind: 'district' | 'big', count: number) =>
    Array.from({ length: Math.min(count, VARIANTS[kind]) }, (_, v) => officeDays(kind, v, days, plan.scale));
  return { district: make('district', plan.district), big: make('big', plan.big) };
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** `fn` over `items`, at most `n` at a time. */
export async function forEach<T>(
  items: readonly T[],
  n: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

/** The hub's resident memory every second; `stop` gives the highest seen. */
export function sampleRss(pid: number): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memoryOf(pid).rssMB);
    } catch {
      // the hub is gone; the phase reports that itself
    }
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * Waits until the hub holds every entry of `day` (each office's whole-up-to mark); returns the longest
 * time nothing was stored, in seconds. Throws after five minutes without progress.
 */
export async function storedAll(
  db: Queryable,
  day: string,
  total: number,
  log: (m: string) => void,
): Promise<number> {
  let last = -1;
  let lastMoved = performance.now();
  let lastLogged = performance.now();
  let longestStall = 0;
  for (;;) {
    const [row] = await db.query<{ n: number; errors: number }>(
      `SELECT coalesce(sum(stored_seq), 0)::bigint AS n,
         count(*) FILTER (WHERE projection_error IS NOT NULL)::integer AS errors
       FROM office_days WHERE day = $1`,
      [day],
    );
    const n = row?.n ?? 0;
    if ((row?.errors ?? 0) > 0) throw new Error(`the hub could not project ${row?.errors} office days`);
    const now = performance.now();
    longestStall = Math.max(longestStall, now - lastMoved);
    if (n >= total) return longestStall / 1000;
    if (n !== last) [last, lastMoved] = [n, now];
    if (now - lastMoved > 300_000) throw new Error(`the hub stopped at ${n} of ${total} entries of ${day}`);
    if (now - lastLogged > 15_000) {
      log(`hub: ${n} of ${total} entries of ${day} stored`);
      lastLogged = now;
    }
    await sleep(250);
  }
}

/**
 * Each office commits day 2's next entry every districtEveryMs / bigEveryMs (from a random start in the
 * first interval) for liveMs; entries that end a visit go to the tracker with their commit time.
 */
export async function liveDay(
  offices: readonly SimOffice[],
  day: string,
  plan: HubPlan,
  tracker: DelayTracker,
): Promise<number> {
  const end = performance.now() + plan.liveMs;
  let committed = 0;
  await Promise.all(
    offices.map(async (o) => {
      const every = o.days.kind === 'big' ? plan.bigEveryMs : plan.districtEveryMs;
      const { entries, ended } = o.plan(day);
      await sleep(Math.random() * every);
      let due = performance.now();
      // The last entry closes the day; it is left for the cut so the day is still open at the hub.
      while (performance.now() < end && o.committed(day) < entries.length - 1) {
        const seq = await o.commitNext(day);
        const at = performance.now();
        committed += 1;
        const k = ended[seq] ?? 0;
        if (k > (ended[seq - 1] ?? 0)) tracker.committed(o.id, day, k, at);
        due += every;
        await sleep(Math.max(0, due - performance.now()));
      }
    }),
  );
  return committed;
}

export interface Integrity {
  /** Entries committed that the hub does not hold, over every office and day. */
  lost: number;
  /** Entries held more than once or beyond what was committed. */
  doubled: number;
  /** Office days whose tickets or closing summary differ from the office's own. */
  ticketsWrong: number;
  summariesMissing: number;
}

/** Every office's days counted in raw_entries and tickets against what the office committed. */
export async function countDays(
  db: Queryable,
  offices: readonly SimOffice[],
  days: string[],
): Promise<Integrity> {
  const rows = await db.query<{ office_id: string; day: string; n: number; seqs: number; top: number }>(
    `SELECT office_id, day, count(*)::integer AS n, count(DISTINCT seq)::integer AS seqs, max(seq) AS top
     FROM raw_entries WHERE day = ANY($1::text[]) GROUP BY office_id, day`,
    [days],
  );
  const tickets = await db.query<{ office_id: string; day: string; n: number }>(
    `SELECT office_id, day, count(*)::integer AS n FROM tickets WHERE day = ANY($1::text[]) GROUP BY 1, 2`,
    [days],
  );
  const summaries = await db.query<{ office_id: string; day: string }>(
    'SELECT office_id, day FROM day_summaries WHERE day = ANY($1::text[])',
    [days],
  );
  const key = (o: string, d: string) => `${o}/${d}`;
  const held = new Map(rows.map((r) => [key(r.office_id, r.day), r]));
  const ticketCount = new Map(tickets.map((r) => [key(r.office_id, r.day), r.n]));
  const summarised = new Set(summaries.map((r) => key(r.office_id, r.day)));
  const out: Integrity = { lost: 0, doubled: 0, ticketsWrong: 0, summariesMissing: 0 };
  for (const o of offices) {
    for (const day of days) {
      const sent = o.committed(day);
      const r = held.get(key(o.id, day));
      out.lost += Math.max(0, sent - (r?.seqs ?? 0));
      out.doubled += (r?.n ?? 0) - (r?.seqs ?? 0) + Math.max(0, (r?.top ?? 0) - sent);
      if (ticketCount.get(key(o.id, day)) !== o.plan(day).tickets) out.ticketsWrong += 1;
      if (!summarised.has(key(o.id, day))) out.summariesMissing += 1;
    }
  }
  return out;
}
