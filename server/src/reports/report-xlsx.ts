// The same tables as an Excel workbook (exceljs): one sheet per section, headings bold and frozen,
// numbers as numbers so the head can sort, sum and chart them.
import type { Lang, ReportView } from '@kezek/shared';
import { reportCaption, reportTables } from './report-table.js';

export async function reportXlsx(report: ReportView, lang: Lang): Promise<Buffer> {
  // Loaded on the first export: exceljs costs ~27 MB of memory that a server need not hold all day.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Kezek';
  book.created = new Date(report.generatedAt);
  for (const table of reportTables(report, lang)) {
    // Sheet names: at most 31 characters, none of []:*?/\
    const sheet = book.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    sheet.addRow([reportCaption(report, lang)]).font = { italic: true };
    const header = sheet.addRow(table.header);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const r of table.rows) sheet.addRow(r);
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
    sheet.columns.forEach((col, i) => (col.width = i === 0 ? 34 : 13));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
