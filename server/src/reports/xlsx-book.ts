// Tables as an Excel workbook (exceljs) in the one look every Kezek export has: a sheet per table, the
// caption in italics, bold wrapped headings frozen with the name column, numbers as numbers so a head or
// a regional analyst can sort, sum and chart them. The office's visit and case reports and the hub's
// period report all write through here.
import type { Table } from './report-table.js';

export interface BookLayout {
  /** Columns that stay in view when scrolling right (the name, and on the hub the district too). */
  frozenColumns: number;
  /** The column holding names, made wide. */
  nameColumn: number;
  nameWidth: number;
  width: number;
}

const OFFICE_LAYOUT: BookLayout = { frozenColumns: 1, nameColumn: 0, nameWidth: 34, width: 13 };

export async function tablesXlsx(
  tables: readonly Table[],
  caption: string,
  created: number,
  layout: BookLayout = OFFICE_LAYOUT,
): Promise<Buffer> {
  // Loaded on the first export: exceljs costs ~27 MB of memory that a server need not hold all day.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Kezek';
  book.created = new Date(created);
  for (const table of tables) {
    // Sheet names: at most 31 characters, none of []:*?/\
    const sheet = book.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    sheet.addRow([caption]).font = { italic: true };
    const header = sheet.addRow(table.header);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const r of table.rows) sheet.addRow(r);
    sheet.views = [{ state: 'frozen', xSplit: layout.frozenColumns, ySplit: 2 }];
    sheet.columns.forEach(
      (col, i) => (col.width = i === layout.nameColumn ? layout.nameWidth : layout.width),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
