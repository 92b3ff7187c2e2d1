// The wait distribution chart: each leg against its own sector's target. A minute's bar is split into the
// legs within their target and those over it, so the red adds up to the tables' "over target" whatever
// mix of 10-, 15- and 30-minute targets the office has.
import { t, type Lang, type ReportView } from '@kezek/shared';
import type { ChartConfiguration } from 'chart.js';
import { COLOURS } from './charts.ts';

export interface WaitDistribution {
  config: ChartConfiguration;
  /** Legs per minute bar, the last bar holding every longer wait. */
  within: number[];
  over: number[];
  /** "15", or "10–30" when the sectors' targets differ. */
  targets: string;
}

export function waitDistribution(report: ReportView, lang: Lang): WaitDistribution {
  const last = Math.max(report.targetWaitMaxMin * 3, 30);
  const upTo = (h: number[]) => h.slice(0, last).concat([h.slice(last).reduce((a, b) => a + b, 0)]);
  const over = upTo(report.waitHistogram.map((_, m) => report.waitOverHistogram[m] ?? 0));
  const within = upTo(report.waitHistogram).map((n, m) => n - (over[m] ?? 0));
  const { targetWaitMin: low, targetWaitMaxMin: high } = report;
  return {
    within,
    over,
    targets: low === high ? String(low) : `${low}–${high}`,
    config: {
      type: 'bar',
      data: {
        labels: within.map((_, m) => (m === last ? `${m}+` : String(m))),
        datasets: [
          { label: t(lang, 'head.chart.within'), data: within, backgroundColor: COLOURS.ok },
          { label: t(lang, 'head.chart.over'), data: over, backgroundColor: COLOURS.danger },
        ],
      },
      options: {
        plugins: { legend: { display: true } },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    },
  };
}
