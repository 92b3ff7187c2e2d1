// CSV for any spreadsheet: UTF-8 with a BOM (so Excel on Windows reads Kazakh letters), sections one after
// another, separated by an empty line and titled. Excel in a Russian or Kazakh locale splits a CSV at
// semicolons and reads "4,5" as a number (its list separator is ";" because "," is the decimal mark),
// so those languages get semicolons and decimal commas by default; English gets commas and points.
import type { Lang, ReportView } from '@kezek/shared';
import { reportCaption, reportTables, type CellValue } from './report-table.js';

export type CsvSeparator = 'semicolon' | 'comma';

export const CSV_SEPARATORS: readonly CsvSeparator[] = ['semicolon', 'comma'];

/** What Excel expects in the reader's locale. */
export function defaultSeparator(lang: Lang): CsvSeparator {
  return lang === 'en' ? 'comma' : 'semicolon';
}

export function reportCsv(
  report: ReportView,
  lang: Lang,
  separator: CsvSeparator = defaultSeparator(lang),
): string {
  const sep = separator === 'semicolon' ? ';' : ',';
  const decimal = separator === 'semicolon' ? ',' : '.';
  const row = (values: CellValue[]) => values.map((v) => field(v, decimal)).join(sep);
  const lines = [row([reportCaption(report, lang)])];
  for (const table of reportTables(report, lang)) {
    lines.push('', row([table.title]), row(table.header), ...table.rows.map(row));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function field(v: CellValue, decimal: string): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v).replace('.', decimal);
  // Quote always (a separator or decimal comma inside text stays text); a leading = + - @ would make a
  // spreadsheet run the text as a formula.
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return `"${safe.replaceAll('"', '""')}"`;
}
