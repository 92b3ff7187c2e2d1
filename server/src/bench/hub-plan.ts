// How big the hub phase is: the full region, the quick bench's tenth of it, or a test's sliver.
export interface HubPlan {
  district: number;
  big: number;
  /** Visitors a day relative to the real sizes (1); tests use a sliver. */
  scale: number;
  ceilingMs: number;
  liveMs: number;
  /** A busy hour's pace: one entry per this many ms at a district office, at a big centre. */
  districtEveryMs: number;
  bigEveryMs: number;
  /** The link is down at least this long in step 4. */
  cutMs: number;
  reportRuns: number;
  /** Only the year report, from the offices' days' summaries without forwarding them. */
  yearOnly?: boolean;
}

export const HUB_PLANS = {
  full: {
    district: 480,
    big: 20,
    scale: 1,
    ceilingMs: 20_000,
    liveMs: 60_000,
    districtEveryMs: 5000,
    bigEveryMs: 500,
    cutMs: 60_000,
    reportRuns: 5,
  },
  quick: {
    district: 48,
    big: 2,
    scale: 1,
    ceilingMs: 4000,
    liveMs: 10_000,
    // Five times the busy hour's pace, so ten seconds end enough visits for a p99.
    districtEveryMs: 1000,
    bigEveryMs: 100,
    cutMs: 5000,
    reportRuns: 3,
  },
} satisfies Record<string, HubPlan>;
