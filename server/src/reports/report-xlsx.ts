// The same tables as an Excel workbook (exceljs): one sheet per section, headings bold and frozen,
// numbers as numbers so the head can sort, sum and chart them.
import type { Lang, ReportView } from '@kezek/shared';
import { reportCaption, reportTables } from './report-table.js';
import { tablesXlsx } from './xlsx-book.js';

export const reportXlsx = (report: ReportView, lang: Lang): Promise<Buffer> =>
  tablesXlsx(reportTables(report, lang), reportCaption(report, lang), report.generatedAt);
