// What each audience sees of a case. The visitor's status page gets the steps of its own case in its
// own words and nothing of the staff's: no notes, no names, no contact.
import type { IsoDate } from '../calendar/dates.js';
import type { DueState } from '../calendar/deadlines.js';
import type { Lang, Names } from '../queue/types.js';
import type { PrintStatus } from '../views.js';
import type { Case, CaseResult, CaseStatus } from './types.js';

export type CasePublicStep =
  | { kind: 'registered'; at: number; dueOn: IsoDate }
  | { kind: 'in_work'; at: number }
  | { kind: 'extended'; at: number; reason: string; dueOn: IsoDate }
  | { kind: 'redirected'; at: number; body: string }
  | { kind: 'answered'; at: number; result: CaseResult; text: string }
  | { kind: 'reopened'; at: number };

export interface CasePublicView {
  number: string;
  lang: Lang;
  status: CaseStatus;
  registeredAt: number;
  dueOn: IsoDate;
  /** Missed the deadline and still open: the visitor should know the office is late. */
  overdue: boolean;
  sectorNames: Names | null;
  officeName: Names;
  timeZone: string;
  steps: CasePublicStep[];
}

export function publicSteps(k: Readonly<Case>): CasePublicStep[] {
  const steps: CasePublicStep[] = [];
  let dueOn = k.extension?.fromOn ?? k.dueOn;
  for (const e of k.history) {
    if (e.type === 'case:opened') steps.push({ kind: 'registered', at: e.at, dueOn });
    else if (e.type === 'case:handed-over') steps.push({ kind: 'in_work', at: e.at });
    else if (e.type === 'case:extended') {
      dueOn = e.dueOn;
      steps.push({ kind: 'extended', at: e.at, reason: e.reason, dueOn });
    } else if (e.type === 'case:redirected') steps.push({ kind: 'redirected', at: e.at, body: e.body });
    else if (e.type === 'case:answered')
      steps.push({ kind: 'answered', at: e.at, result: e.result, text: e.text });
    else if (e.type === 'case:reopened') steps.push({ kind: 'reopened', at: e.at });
  }
  return steps;
}

/** A case as a specialist's list shows it: the case plus where it stands on the clock now. */
export interface CaseView extends Case {
  due: DueState;
  /** Names of the officials in its history, for the list and the receipt. */
  names: Record<string, string>;
}

/** The desk's case list and what its forms need: whether IINs are kept, whom a case can go to. */
export interface CaseList {
  cases: CaseView[];
  iinEnabled: boolean;
  staff: { id: string; name: string }[];
}

/** The receipt's texts in the visitor's language: printed, and shown on the desk's screen as well. */
export interface ReceiptContent {
  lang: Lang;
  officeName: string;
  title: string;
  numberLabel: string;
  number: string;
  sectorName: string;
  registered: string;
  official: string;
  due: string;
  statusUrl: string;
  scan: string;
}

export interface CaseReceipt {
  /** 'no_printer' when neither the desk nor a kiosk has a printer the server can reach. */
  status: PrintStatus;
  content: ReceiptContent;
  /** The status page's QR code, for the screen when no paper comes out. */
  qrSvg: string;
}
