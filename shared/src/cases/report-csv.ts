// The case report as CSV, headed in the reader's language, like the day reports' export.
import { t } from '../i18n/index.js';
import type { Lang } from '../queue/types.js';
import type { CaseReport, CaseReportRow } from './report.js';

/** The case report's figures, in the order every export and table shows them, with their headings. */
export const CASE_REPORT_COLUMNS = [
  ['registered', 'case.report.registered'],
  ['answeredOnTime', 'case.report.answeredOnTime'],
  ['answeredLate', 'case.report.answeredLate'],
  ['redirected', 'case.report.redirected'],
  ['overdueOpen', 'case.report.overdueOpen'],
  ['openOnTime', 'case.report.open'],
  ['extended', 'case.report.extended'],
  ['medianDaysToAnswer', 'case.report.medianDays'],
] as const;

const cell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function caseReportCsv(report: CaseReport, lang: Lang): string {
  const head = ['', '', ...CASE_REPORT_COLUMNS.map(([, key]) => t(lang, key))];
  const lines = [head.map(cell).join(',')];
  const add = (group: string, r: CaseReportRow) =>
    lines.push([group, r.names[lang], ...CASE_REPORT_COLUMNS.map(([field]) => r[field])].map(cell).join(','));
  add(t(lang, 'case.report.title'), { ...report.total, names: { kk: '', ru: '', en: '' } });
  for (const r of report.bySector) add(t(lang, 'case.desk.sector'), r);
  for (const r of report.byService) add(t(lang, 'case.report.service'), r);
  for (const r of report.bySpecialist) add(t(lang, 'case.report.specialist'), r);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
