// The case report as an Excel workbook, in the look of the visit report's (reports/report-xlsx.ts): one
// sheet per table, a caption, bold frozen headings, numbers as numbers. Beside the CSV's figures it
// carries the region's question: how many "in progress" visits became cases, and how many of those
// were answered on time.
import { CASE_REPORT_COLUMNS, t, type CaseReport, type CaseReportRow, type Lang } from '@kezek/shared';
import type { Table } from '../reports/report-table.js';
import { tablesXlsx } from '../reports/xlsx-book.js';

const COLUMNS = [
  ...CASE_REPORT_COLUMNS,
  ['fromVisits', 'case.report.fromVisitsCount'],
  ['fromVisitsAnsweredOnTime', 'case.report.fromVisitsOnTime'],
] as const;

export function caseReportTables(report: CaseReport, lang: Lang): Table[] {
  const table = (
    title: string,
    rows: readonly CaseReportRow[],
    label = (r: CaseReportRow) => r.names[lang],
  ) => ({
    title,
    header: [title, ...COLUMNS.map(([, key]) => t(lang, key))],
    rows: rows.map((r) => [label(r), ...COLUMNS.map(([field]) => r[field])]),
  });
  return [
    table(t(lang, 'case.report.title'), [report.total], () => t(lang, 'head.total')),
    table(t(lang, 'case.desk.sector'), report.bySector),
    table(t(lang, 'case.report.service'), report.byService),
    table(t(lang, 'case.report.specialist'), report.bySpecialist),
  ];
}

export const caseReportXlsx = (report: CaseReport, lang: Lang): Promise<Buffer> =>
  tablesXlsx(
    caseReportTables(report, lang),
    `${t(lang, 'case.report.title')}: ${report.from} — ${report.to}`,
    report.at,
  );
