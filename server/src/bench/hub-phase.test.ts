// The bench's hub phase end to end at a sliver of its size: a real PostgreSQL server, the built hub as a
// child process (run `npx tsc -b` first, as `npm test` does), three offices with real journals and the
// real forwarder. Holds the phase working and its summary pieces in the shape docs/benchmarks.md and CI
// read, without the ten minutes of the full region.
import { describe, expect, it } from 'vitest';
import { hubPhase } from './hub-phase.js';
import type { HubPlan } from './hub-plan.js';
import { hubRows, hubSummary } from './hub-result.js';

const SLIVER: HubPlan = {
  district: 2,
  big: 1,
  scale: 0.02,
  ceilingMs: 500,
  liveMs: 3000,
  districtEveryMs: 100,
  bigEveryMs: 50,
  cutMs: 1500,
  reportRuns: 1,
};

/** `name value unit` pieces joined by `; `, as every piece of the `bench:` line. */
const PIECE = /^([a-z0-9>-]+(?: [a-z0-9>-]+)*) (\d+(?:\.\d+)?) (entries\/s|ms)(?: \((.*)\))?$/;

describe('bench hub phase', () => {
  it('stores every office day once, sees visits end on the region, and prints its pieces', async () => {
    const r = await hubPhase(SLIVER, () => undefined);

    const f = r.forward;
    if (!f) throw new Error('the phase ran without its forwarding steps');
    expect(f.integrity).toEqual({ lost: 0, doubled: 0, ticketsWrong: 0, summariesMissing: 0 });
    expect(r.offices).toBe(3);
    expect(f.delaySamples).toBeGreaterThan(0);
    expect(f.unseen).toBe(0);
    expect(f.link.refusedWhileCut).toBeGreaterThan(0);
    expect(r.yearReport.days).toBe(3 * 365);

    const pieces = hubSummary(r).split('; ');
    expect(pieces.map((p) => PIECE.exec(p)?.[1])).toEqual([
      'hub',
      'office->region p99',
      'region year report',
    ]);
    const [hub, delay, year] = pieces.map((p) => PIECE.exec(p));
    expect(Number(hub?.[2])).toBeGreaterThan(0);
    expect(hub?.[4]).toMatch(/^ceiling \d+, \d+%$/);
    expect(Number(delay?.[2])).toBeGreaterThan(0);
    expect(Number(year?.[2])).toBeGreaterThan(0);
    for (const row of hubRows(r)) expect(row.join(' ')).not.toMatch(/NaN|undefined/);
  }, 240_000);
});
