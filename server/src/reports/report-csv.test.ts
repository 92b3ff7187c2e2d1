import { describe, expect, it } from 'vitest';
import { bigCentre } from '../bench/big-centre.js';
import { generateDay } from '../bench/generate-day.js';
import { summarizeDay } from './day-summary.js';
import { buildReport, type ReportNames } from './report.js';
import { reportCsv } from './report-csv.js';

const { config } = bigCentre();
const day = '2026-03-02';
const tickets = Object.values(
  generateDay(config, day, Date.parse(`${day}T04:00:00Z`), 300, true).state.tickets,
);
const names: ReportNames = {
  sectors: new Map(config.sectors.map((s) => [s.id, { label: `${s.letter}, ${s.id}`, targetWaitMin: 15 }])),
  services: new Map(),
  desks: new Map(),
  operators: new Map(),
};
const filter = { sectorId: null, fromMin: null, toMin: null };
const report = buildReport({
  from: day,
  to: day,
  summaries: [summarizeDay(day, tickets, config)],
  names,
  filter,
  now: 0,
});
const sectorLine = (csv: string) => csv.split('\r\n').find((l) => l.startsWith('"A, '));

describe('the report as CSV', () => {
  it('splits at semicolons with decimal commas for Kazakh and Russian, as Excel there expects', () => {
    for (const lang of ['kk', 'ru'] as const) {
      const csv = reportCsv(report, lang);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const line = sectorLine(csv) ?? '';
      // The comma inside the quoted name stays text; numbers are split by ";" and use "," as the mark.
      expect(line).toMatch(/^"A, [^"]+";\d+;/);
      expect(line).toMatch(/;\d+,\d;/);
      expect(line).not.toMatch(/\d\.\d/);
    }
  });

  it('splits at commas with decimal points for English, or whenever asked', () => {
    for (const csv of [reportCsv(report, 'en'), reportCsv(report, 'ru', 'comma')]) {
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const line = sectorLine(csv) ?? '';
      expect(line).toMatch(/^"A, [^"]+",\d+,/);
      expect(line).toMatch(/,\d+\.\d,/);
      expect(line).not.toContain(';');
    }
    expect(sectorLine(reportCsv(report, 'en', 'semicolon'))).toMatch(/^"A, [^"]+";\d+;/);
  });
});
