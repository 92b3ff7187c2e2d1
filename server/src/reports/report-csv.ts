// CSV for any spreadsheet: UTF-8 with a BOM (so Excel on Windows reads Kazakh letters), sections one after
// another, separated by an empty line and titled.
import type { Lang, ReportView } from '@kezek/shared';
import { reportCaption, reportTables, type CellValue } from './report-table.js';

export function reportCsv(report: ReportView, lang: Lang): string {
  const lines = [row([reportCaption(report, lang)])];
  for (const table of reportTables(report, lang)) {
    lines.push('', row([table.title]), row(table.header), ...table.rows.map(row));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function row(values: CellValue[]): string {
  return values.map(field).join(',');
}

function field(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  // Quote always; a leading = + - @ would make a spreadsheet run the text as a formula.
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return `"${safe.replaceAll('"', '""')}"`;
}
