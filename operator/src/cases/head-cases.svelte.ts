// The head's view of cases: what is overdue now and what falls due this week, live; the report of a
// period with its CSV. The head sees every case.
import { caseReportCsv, type CaseReport, type CaseView, type ErrorCode, type Lang } from '@kezek/shared';
import { headRequest, saveDownload } from '../head/head-http.ts';
import type { Connection } from '../lib/connection.svelte.ts';
import type { OpenedFilter } from './opened-filter.ts';

const WEEK_MS = 7 * 86_400_000;

export class HeadCases {
  open = $state.raw<CaseView[]>([]);
  /** The cases a report's "in progress" count opened, while the head follows one; else null. */
  opened = $state.raw<CaseView[] | null>(null);
  report = $state.raw<CaseReport | null>(null);
  from = $state('');
  to = $state('');
  error = $state<ErrorCode | null>(null);
  private pending: ReturnType<typeof setTimeout> | null = null;

  overdue = $derived(this.open.filter((k) => k.due === 'overdue'));
  thisWeek = $derived(
    this.open.filter((k) => k.due !== 'overdue' && k.dueAt - (Date.now() + this.conn.clockOffset) < WEEK_MS),
  );

  constructor(
    private readonly conn: Connection,
    /** The session token for the head's HTTP export (the Excel file is made by the server). */
    private readonly token: () => string = () => '',
  ) {
    // Many changes at once (a busy hour) make one request, not one each.
    conn.onCaseChanged(() => {
      this.pending ??= setTimeout(() => {
        this.pending = null;
        void this.refresh();
      }, 500);
    });
  }

  async refresh(): Promise<void> {
    const r = await this.conn.send('case:list', { scope: 'open' });
    if (r.ok) this.open = r.data.cases;
  }

  async loadOpened(filter: OpenedFilter | null): Promise<void> {
    if (!filter) {
      this.opened = null;
      return;
    }
    const r = await this.conn.send('case:list', { scope: 'all', opened: filter });
    this.error = r.ok ? null : r.error;
    this.opened = r.ok ? r.data.cases : [];
  }

  async load(): Promise<void> {
    if (!this.from || !this.to) return;
    const r = await this.conn.send('case:report', { from: this.from, to: this.to });
    this.error = r.ok ? null : r.error;
    if (r.ok) this.report = r.data;
  }

  download(lang: Lang): void {
    if (!this.report) return;
    const blob = new Blob([caseReportCsv(this.report, lang)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `kezek-cases-${this.report.from}-${this.report.to}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  async downloadXlsx(lang: Lang): Promise<void> {
    if (!this.report) return;
    const { from, to } = this.report;
    const url = `/api/reports/cases?from=${from}&to=${to}&lang=${lang}&format=xlsx`;
    const answer = await headRequest(this.token(), url);
    if (answer.ok) await saveDownload(answer.res, `kezek-cases-${from}_${to}.xlsx`);
    else this.error = answer.error;
  }
}
