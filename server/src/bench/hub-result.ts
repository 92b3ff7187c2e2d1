// What the hub phase measured, as rows of the bench's table and as its pieces of the `bench:` line.
import type { Integrity } from './hub-steps.js';
import { round, type Row } from './stats.js';

export interface HubResult {
  offices: number;
  /** Steps 1-4; null when only the year report ran. */
  forward: ForwardResult | null;
  yearReport: { ms: number; what: 'summaries' | 'endpoint'; days: number };
}

export interface ForwardResult {
  entriesAtOnce: number;
  atOnceSec: number;
  entriesPerSec: number;
  ceilingPerSec: number;
  /** CPU per stored entry while every office forwarded at once. */
  cpuMsPerEntry: { hub: number; postgres: number; offices: number; postgresPlainInsert: number };
  link: { requests: number; failed: number; timedOut: number; refusedWhileCut: number };
  delayMs: { p50: number; p99: number };
  delaySamples: number;
  unseen: number;
  liveEntries: number;
  liveSec: number;
  /** How the viewer learnt of changes. */
  feed: string;
  /** Longest span with no entry stored while every office forwarded day 1. */
  atOnceLongestStallSec: number;
  catchUp: { entries: number; sec: number; longestStallSec: number };
  integrity: Integrity;
  rssMB: { afterDay: number; peak: number };
}

const fmt = (n: number) => String(round(n));

export function hubPercent(r: ForwardResult): number {
  return (100 * r.entriesPerSec) / r.ceilingPerSec;
}

export function hubRows(h: HubResult): Row[] {
  const year: Row = [
    'region year report',
    `${fmt(h.yearReport.ms)} ms`,
    '',
    `${h.offices} offices x 365 days (${h.yearReport.days} summaries); ` +
      `${h.yearReport.what === 'endpoint' ? 'GET /api/region/report' : 'day_summaries summed in SQL'}; target < 1000 ms`,
  ];
  const r = h.forward;
  if (!r) return [year];
  const i = r.integrity;
  return [
    [
      `hub: ${h.offices} offices forward a day at once`,
      `${Math.round(r.entriesPerSec)} entries/s`,
      `${Math.round(r.ceilingPerSec)} rows/s plain INSERT`,
      `${round(hubPercent(r))}%; ${r.entriesAtOnce} entries in ${round(r.atOnceSec)} s, projected; ` +
        `longest with nothing stored ${fmt(r.atOnceLongestStallSec)} s`,
    ],
    [
      'hub: CPU per stored entry',
      `hub ${round(r.cpuMsPerEntry.hub, 3)} ms`,
      `postgres ${round(r.cpuMsPerEntry.postgres, 3)} ms (plain INSERT ${round(r.cpuMsPerEntry.postgresPlainInsert, 3)} ms a row)`,
      `offices (this process) ${round(r.cpuMsPerEntry.offices, 3)} ms`,
    ],
    [
      'hub: office batches',
      `${r.link.requests} sent`,
      '',
      `${r.link.timedOut} timed out (15 s), ${r.link.failed} failed, ${r.link.refusedWhileCut} refused while cut`,
    ],
    [
      'office -> region p50 / p99',
      `${fmt(r.delayMs.p50)} / ${fmt(r.delayMs.p99)} ms`,
      '',
      `${r.delaySamples} visits ended, ${r.unseen} unseen; ${r.liveEntries} entries in ${fmt(r.liveSec)} s; ${r.feed}`,
    ],
    [
      'hub: catch-up after a cut',
      `${fmt(r.catchUp.sec)} s`,
      '',
      `${r.catchUp.entries} entries (longest with nothing stored ${fmt(r.catchUp.longestStallSec)} s); ` +
        `lost ${i.lost}, doubled ${i.doubled}, ` +
        `ticket counts wrong ${i.ticketsWrong}, summaries missing ${i.summariesMissing}`,
    ],
    ['hub RSS, after the day / peak', `${fmt(r.rssMB.afterDay)} / ${fmt(r.rssMB.peak)} MB`, '', ''],
    year,
  ];
}

/** The hub's pieces of the `bench:` summary line, `name value unit` joined by `; `. */
export function hubSummary(h: HubResult): string {
  const r = h.forward;
  if (!r) throw new Error('the summary needs the whole hub phase');
  return (
    `hub ${Math.round(r.entriesPerSec)} entries/s (ceiling ${Math.round(r.ceilingPerSec)}, ${Math.round(hubPercent(r))}%); ` +
    `office->region p99 ${fmt(r.delayMs.p99)} ms; region year report ${fmt(h.yearReport.ms)} ms`
  );
}
