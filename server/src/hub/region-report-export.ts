// A regional period report as tables (the page, CSV and Excel all read the same columns), and the two
// files: CSV with the office reports' conventions (report-csv.ts: a BOM, semicolons and decimal commas
// for kk and ru unless asked otherwise) and an Excel workbook with exceljs, as the office's report-xlsx.ts.
import { field, type CsvSeparator } from '../reports/report-csv.js';
import type { CellValue } from '../reports/report-table.js';
import { tablesXlsx } from '../reports/xlsx-book.js';
import { fill, REPORT_STRINGS, type ReportWord } from './page/region-report-strings.js';
import type { RegionLang } from './page/region-strings.js';
import type { PeriodFigures, RegionReport, RegionReportRow } from './region-report-types.js';

export interface ReportTable {
  title: string;
  header: string[];
  rows: CellValue[][];
}

const FIGURES: Array<[ReportWord, (f: PeriodFigures) => CellValue]> = [
  ['visits', (f) => f.visits],
  ['served', (f) => f.served],
  ['solved', (f) => f.outcomes.solved],
  ['consulted', (f) => f.outcomes.consulted],
  ['in_progress', (f) => f.outcomes.in_progress],
  ['redirected', (f) => f.outcomes.redirected],
  ['withinNorm', (f) => f.withinNormPct],
  ['noShows', (f) => f.noShows],
  ['avgWait', (f) => f.avgWaitMin],
  ['rating', (f) => f.ratingAvg],
  ['ratingCount', (f) => f.ratingCount],
  ['casesOnTime', (f) => f.cases?.answeredOnTime ?? null],
  // A missed deadline counts as a refusal: answered late or still open past it.
  ['casesOverdue', (f) => (f.cases ? f.cases.answeredLate + f.cases.overdueOpen : null)],
];

export function reportCaption(report: RegionReport, lang: RegionLang): string {
  const t = REPORT_STRINGS[lang];
  const scope = report.district === null ? '' : ` · ${t.district}: ${report.district}`;
  return `${t.reportTitle}: ${fill(t.period, { from: report.from, to: report.to })}${scope}`;
}

export function reportTables(report: RegionReport, lang: RegionLang): ReportTable[] {
  const t = REPORT_STRINGS[lang];
  const offices = report.by === 'office';
  const label = (r: RegionReportRow) => r.names?.[lang] ?? r.label;
  const header = [
    t.rank,
    t.name,
    ...(offices ? [t.district] : []),
    ...FIGURES.map(([k]) => t[k]),
    ...(offices ? [t.visitsBefore, t.visitsChange, t.answersChange] : []),
  ];
  const rows = report.rows.map((r) => [
    r.rank.withinNorm,
    label(r),
    ...(offices ? [r.district] : []),
    ...FIGURES.map(([, get]) => get(r.figures)),
    ...(offices
      ? [r.previous?.visits ?? null, r.change?.visitsPct ?? null, r.change?.answersPct ?? null]
      : []),
  ]);
  const total = [
    null,
    t.total,
    ...(offices ? [null] : []),
    ...FIGURES.map(([, get]) => get(report.total)),
    ...(offices ? [null, null, null] : []),
  ];
  const title = { office: t.byOffice, district: t.byDistrict, sector: t.bySector }[report.by];
  return [
    { title, header, rows: [...rows, total] },
    {
      title: t.alerts,
      header: [fill(t.alertRule, { drop: report.dropPct, days: report.days })],
      rows: report.alerts.length === 0 ? [[t.noAlerts]] : report.alerts.map((a) => [alertText(a, lang)]),
    },
  ];
}

export function alertText(a: RegionReport['alerts'][number], lang: RegionLang): string {
  const t = REPORT_STRINGS[lang];
  return fill(a.measure === 'visits' ? t.alertVisits : t.alertAnswers, {
    name: a.name,
    before: a.before,
    now: a.now,
    // The decimal mark of the reader's language, as the CSV's numbers have it.
    pct: lang === 'en' ? String(a.changePct) : String(a.changePct).replace('.', ','),
  });
}

export function regionReportCsv(report: RegionReport, lang: RegionLang, separator: CsvSeparator): string {
  const sep = separator === 'semicolon' ? ';' : ',';
  const decimal = separator === 'semicolon' ? ',' : '.';
  const row = (values: CellValue[]) => values.map((v) => field(v, decimal)).join(sep);
  const lines = [row([reportCaption(report, lang)])];
  for (const table of reportTables(report, lang)) {
    lines.push('', row([table.title]), row(table.header), ...table.rows.map(row));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The office's look (reports/xlsx-book.ts), with the office and its district frozen on the left. */
export const regionReportXlsx = (report: RegionReport, lang: RegionLang): Promise<Buffer> =>
  tablesXlsx(reportTables(report, lang), reportCaption(report, lang), report.generatedAt, {
    frozenColumns: 2,
    nameColumn: 1,
    nameWidth: 34,
    width: 12,
  });
