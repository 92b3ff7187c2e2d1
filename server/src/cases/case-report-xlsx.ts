// The case report as an Excel workbook, in the look of the visit report's (reports/report-xlsx.ts): one
// sheet per table, a caption, bold frozen headings, numbers as numbers. Beside the CSV's figures it
// carries the region's question: how many "in progress" visits became cases, and how many of those
// were answered on time.
import { CASE_REPORT_COLUMNS, t, type CaseReport, type CaseReportRow, type Lang } from '@kezek/shared';

const COLUMNS = [
  ...CASE_REPORT_COLUMNS,
  ['fromVisits', 'case.report.fromVisitsCount'],
  ['fromVisitsAnsweredOnTime', 'case.report.fromVisitsOnTime'],
] as const;

export interface CaseTable {
  title: string;
  header: string[];
  rows: (string | number | null)[][];
}

export function caseReportTables(report: CaseReport, lang: Lang): CaseTable[] {
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

export async function caseReportXlsx(report: CaseReport, lang: Lang): Promise<Buffer> {
  // Loaded on the first export, as the visit report's: exceljs is large and most days nobody exports.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Kezek';
  book.created = new Date(report.at);
  const caption = `${t(lang, 'case.report.title')}: ${report.from} — ${report.to}`;
  for (const table of caseReportTables(report, lang)) {
    // Sheet names: at most 31 characters, none of []:*?/\
    const sheet = book.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    sheet.addRow([caption]).font = { italic: true };
    const header = sheet.addRow(table.header);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const r of table.rows) sheet.addRow(r);
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
    sheet.columns.forEach((col, i) => (col.width = i === 0 ? 34 : 13));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
