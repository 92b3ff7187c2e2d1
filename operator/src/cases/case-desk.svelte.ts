// The desk's cases: the list of what the specialist may see, ordered by due date, kept fresh by the
// server's pushes; the case being worked on; one command at a time, each sent once per press.
import {
  newRequestId,
  type CaseList,
  type CaseReceipt,
  type CaseView,
  type ErrorCode,
  type InboundEvent,
  type PayloadIn,
} from '@kezek/shared';
import type { Connection } from '../lib/connection.svelte.ts';

/** A visit's case opened this recently by this user pops up at the desk on its own. */
const FRESH_MS = 60_000;

export type CaseMode = 'list' | 'accept' | 'detail';

export type CaseCommandEvent =
  | 'case:edit'
  | 'case:note'
  | 'case:hand-over'
  | 'case:extend'
  | 'case:redirect'
  | 'case:answer'
  | 'case:reopen';

export class CaseDesk {
  cases = $state.raw<CaseView[]>([]);
  iinEnabled = $state(false);
  staff = $state.raw<CaseList['staff']>([]);
  mode = $state<CaseMode>('list');
  openId = $state<string | null>(null);
  receipt = $state.raw<CaseReceipt | null>(null);
  error = $state<ErrorCode | null>(null);
  busy = $state(false);
  /**
   * The case a visit just opened at this desk: shown in the panel, not as a dialog, so the desk's keys
   * (calling the next visitor) keep working; its receipt is already printing.
   */
  fresh = $state.raw<CaseView | null>(null);
  /** The desk this screen works at: its printer prints the receipts. */
  deskId = $state<string | null>(null);

  selected: CaseView | null = $derived(this.cases.find((k) => k.id === this.openId) ?? null);
  overdue = $derived(this.cases.filter((k) => k.status === 'open' && k.due === 'overdue').length);
  dueSoon = $derived(this.cases.filter((k) => k.status === 'open' && k.due === 'due_soon').length);

  constructor(private readonly conn: Connection) {
    conn.onCaseChanged((view) => this.#take(view));
  }

  async refresh(): Promise<void> {
    const r = await this.conn.send('case:list', { scope: 'open' });
    if (!r.ok) return;
    this.cases = r.data.cases;
    this.iinEnabled = r.data.iinEnabled;
    this.staff = r.data.staff;
  }

  show(id: string): void {
    const number = this.cases.find((k) => k.id === id)?.number;
    // The receipt printed for this case a moment ago stays on the card; another case's does not.
    if (this.receipt?.content.number !== number) this.receipt = null;
    if (this.fresh?.id === id) this.fresh = null;
    this.openId = id;
    this.error = null;
    this.mode = 'detail';
  }

  close(): void {
    this.mode = 'list';
    this.openId = null;
    this.receipt = null;
    this.error = null;
  }

  async accept(payload: Omit<PayloadIn<'case:open'>, 'requestId'>): Promise<boolean> {
    const view = await this.#send('case:open', { requestId: newRequestId(), ...payload });
    if (!view) return false;
    this.#take(view);
    this.show(view.id);
    await this.print(view.id);
    return true;
  }

  /** One of the work commands on the open case. */
  async act<E extends CaseCommandEvent>(
    event: E,
    payload: Omit<PayloadIn<E>, 'requestId' | 'caseId'>,
  ): Promise<boolean> {
    const caseId = this.openId;
    if (!caseId) return false;
    const view = await this.#send(event, { requestId: newRequestId(), caseId, ...payload } as PayloadIn<E>);
    if (view) this.#take(view);
    return view !== null;
  }

  async print(caseId: string): Promise<void> {
    const r = await this.conn.send('case:print-receipt', { caseId, deskId: this.deskId });
    if (r.ok) this.receipt = r.data;
    else this.error = r.error;
  }

  async #send<E extends InboundEvent>(event: E, payload: PayloadIn<E>): Promise<CaseView | null> {
    if (this.busy) return null;
    this.busy = true;
    this.error = null;
    const r = await this.conn.send(event, payload);
    this.busy = false;
    if (!r.ok) {
      this.error = r.error;
      return null;
    }
    return r.data as CaseView;
  }

  #take(view: CaseView): void {
    const rest = this.cases.filter((k) => k.id !== view.id);
    this.cases = (view.status === 'open' ? [...rest, view] : rest).sort((a, b) => a.dueAt - b.dueAt);
    // A closed case stays reachable while it is open on screen, so its answer can be read back.
    if (view.status !== 'open' && this.openId === view.id) this.cases = [...this.cases, view];
    const mine = view.registeredBy === this.conn.user?.id && view.source.kind === 'visit';
    const fresh = Date.now() + this.conn.clockOffset - view.registeredAt < FRESH_MS;
    if (mine && fresh && view.history.length === 1) {
      this.fresh = view;
      void this.print(view.id);
    }
  }
}
