// The head's screens' state: which tab, the report being read, the setup being edited, the audit log.
// Reports and downloads go over HTTP with the session token; setup over the socket.
import { headRequest, saveDownload } from './head-http.ts';
import {
  compareRange,
  type Acks,
  type AdminState,
  type AuditEntry,
  type CompareMode,
  type ErrorCode,
  type Lang,
  type PayloadIn,
  type ReportView,
  type Result,
} from '@kezek/shared';
import type { HeadConnection } from './head-connection.svelte.ts';

export type SetupEvent =
  | 'admin:save-office'
  | 'admin:save-content'
  | 'admin:save-user'
  | 'admin:device-update'
  | 'booking:settings'
  | 'booking:save-settings';

export type HeadTab = 'hall' | 'reports' | 'cases' | 'setup' | 'audit';

export interface ReportQuery {
  from: string;
  to: string;
  sectorId: string;
  fromTime: string;
  toTime: string;
  /** '' for none. */
  compare: CompareMode | '';
}

export class HeadScreens {
  tab = $state<HeadTab>('hall');
  query = $state<ReportQuery>({ from: '', to: '', sectorId: '', fromTime: '', toTime: '', compare: '' });
  report = $state.raw<ReportView | null>(null);
  /** The period the report is compared with, when one is chosen. */
  previous = $state.raw<ReportView | null>(null);
  /** How `previous` was chosen, as it was when the report was read. */
  compared = $state<CompareMode | null>(null);
  /** The language the report's names were read in: a change of language reads it again. */
  reportLang = $state<Lang | null>(null);
  loading = $state(false);
  error = $state<ErrorCode | null>(null);
  admin = $state.raw<AdminState | null>(null);
  audit = $state.raw<AuditEntry[]>([]);

  constructor(private readonly conn: HeadConnection) {
    // A device paired after the list was read would show as its raw id in the alert: read the list again.
    conn.onAlert = (alert) => {
      const about = alert.subjectId;
      const device =
        alert.kind === 'printer_problem' ||
        alert.kind === 'device_offline' ||
        alert.kind === 'help_requested';
      if (device && about && this.admin && !this.admin.devices.some((d) => d.id === about))
        void this.loadAdmin();
    };
  }

  /** Today in the office's zone, from the server's clock. */
  today(): string {
    const zone = this.conn.snapshot?.office.timeZone ?? 'Asia/Almaty';
    const now = Date.now() + this.conn.clockOffset;
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
  }

  /** The office's zone, for every date and time the screens show. */
  zone(): string {
    return this.conn.snapshot?.office.timeZone ?? 'Asia/Almaty';
  }

  async open(tab: HeadTab, lang: Lang): Promise<void> {
    this.tab = tab;
    this.error = null;
    if (tab === 'reports' && !this.report) {
      this.query = { ...this.query, from: this.today(), to: this.today() };
      await this.loadReport(lang);
    }
    if (tab === 'setup') await this.loadAdmin();
    if (tab === 'audit') await this.loadAudit();
    if (tab === 'hall') {
      // The devices' names, so alerts say "Kiosk 39EA" as the devices tab does.
      await this.loadAdmin();
      const alerts = await this.conn.send('admin:alerts', {});
      if (alerts.ok) this.conn.addAlerts(alerts.data);
    }
  }

  reportUrl(lang: Lang, format: 'json' | 'csv' | 'xlsx', range?: { from: string; to: string }): string {
    const q = this.query;
    const { from, to } = range ?? q;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local value for one URL, never state
    const params = new URLSearchParams({ from, to, lang, format });
    if (q.sectorId) params.set('sector', q.sectorId);
    if (q.fromTime) params.set('fromTime', q.fromTime);
    if (q.toTime) params.set('toTime', q.toTime);
    return `/api/reports/range?${params.toString()}`;
  }

  async loadReport(lang: Lang): Promise<void> {
    this.loading = true;
    // Taken before the answer, so a refused request is not asked again on every redraw.
    this.reportLang = lang;
    const { from, to, compare } = this.query;
    try {
      const [report, previous] = await Promise.all([
        this.readReport(this.reportUrl(lang, 'json')),
        compare ? this.readReport(this.reportUrl(lang, 'json', compareRange(from, to, compare))) : null,
      ]);
      if (report) {
        this.report = report;
        this.previous = previous;
        this.compared = compare || null;
      }
    } finally {
      this.loading = false;
    }
  }

  private async readReport(url: string): Promise<ReportView | null> {
    const res = await this.fetch(url);
    return res ? ((await res.json()) as ReportView) : null;
  }

  /** Downloads the report as CSV or Excel under its own file name. */
  async download(lang: Lang, format: 'csv' | 'xlsx'): Promise<void> {
    const res = await this.fetch(this.reportUrl(lang, format));
    if (res) await saveDownload(res, `report.${format}`);
  }

  async downloadBackup(): Promise<void> {
    const res = await this.fetch('/api/backup');
    if (res) await saveDownload(res, 'kezek-data.tar.gz');
  }

  /** The session token for the head's HTTP routes (reports, backup, media, restore). */
  token(): string {
    return this.conn.token ?? '';
  }

  async loadAdmin(): Promise<void> {
    const r = await this.conn.send('admin:get', {});
    if (r.ok) this.admin = r.data;
    else this.error = r.error;
  }

  /** One setup command; on success the setup is read again, so every editor shows the server's copy. */
  async command<E extends SetupEvent>(event: E, payload: PayloadIn<E>): Promise<Result<Acks[E]>> {
    const r = await this.conn.send(event, payload);
    if (r.ok) await this.loadAdmin();
    return r;
  }

  async approve(code: string): Promise<void> {
    const r = await this.conn.send('device:approve', { code });
    this.error = r.ok ? null : r.error;
    await this.loadAdmin();
  }

  async revoke(deviceId: string): Promise<void> {
    const r = await this.conn.send('admin:device-update', { deviceId, revoked: true });
    this.error = r.ok ? null : r.error;
    await this.loadAdmin();
  }

  async loadAudit(): Promise<void> {
    const r = await this.conn.send('admin:audit', {});
    if (r.ok) this.audit = r.data;
  }

  private async fetch(url: string): Promise<Response | null> {
    const answer = await headRequest(this.token(), url);
    if (answer.ok) return answer.res;
    this.error = answer.error;
    return null;
  }
}
