// A case: an appeal the office must answer on the law's clock, opened by a visit that ended "in
// progress" or accepted at a desk without a ticket. It lives for weeks, across many business days,
// so it is kept apart from the day's queue. Plain JSON: the case journal stores it, replay rebuilds it.
import type { CasePeriods } from '../calendar/deadlines.js';
import type { WorkCalendar } from '../calendar/calendar.js';
import type { IsoDate } from '../calendar/dates.js';
import type { Lang } from '../queue/types.js';
import type { CaseHistoryEvent } from './events.js';

export const CASE_RESULTS = ['solved', 'consulted', 'refused'] as const;
export type CaseResult = (typeof CASE_RESULTS)[number];

/** Every case is in one of these; answered and redirected end it until someone reopens it. */
export const CASE_STATUSES = ['open', 'answered', 'redirected'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface CaseContact {
  name: string | null;
  phone: string | null;
  /** Only when the office turns IINs on; validated by its check digit. */
  iin: string | null;
}

export type CaseSource =
  { kind: 'visit'; ticketId: string; ticketNumber: string; day: string } | { kind: 'desk' };

export interface Case {
  id: string;
  /** What the visitor reads on the receipt: office prefix, year, sequence ("ALM-2026-00042"). */
  number: string;
  /** The secret part of the status page address /c/<code>. */
  code: string;
  sectorId: string;
  serviceId: string | null;
  topic: string;
  /** The visitor's language: the receipt and the status page speak it. */
  lang: Lang;
  contact: CaseContact;
  source: CaseSource;
  registeredAt: number;
  registeredOn: IsoDate;
  /** The official who accepted it (named on the receipt). */
  registeredBy: string;
  /** Who works on it: the one who accepted it, or whom it was handed to; null for the whole sector. */
  assigneeId: string | null;
  status: CaseStatus;
  dueOn: IsoDate;
  /** The instant the deadline is missed (local midnight after dueOn). */
  dueAt: number;
  /** The latest date an extension may set. */
  extensionLimitOn: IsoDate;
  redirectByOn: IsoDate;
  extension: { at: number; by: string; reason: string; fromOn: IsoDate; notifyByOn: IsoDate } | null;
  redirect: { at: number; by: string; body: string } | null;
  answer: { at: number; by: string; result: CaseResult; text: string } | null;
  /** Everything that happened, oldest first; notes are staff-only and never reach the status page. */
  history: CaseHistoryEvent[];
}

export interface CaseState {
  cases: Record<string, Case>;
  /** Last sequence per "PREFIX-YEAR": numbers come from here, never from a count of cases. */
  counters: Record<string, number>;
  byCode: Record<string, string>;
  /** A visit opens at most one case. */
  byTicket: Record<string, string>;
}

/** What the office set: the parts of the law's clock that are settings, and the numbering. */
export interface CaseRules {
  /** Letters and digits, e.g. "ALM"; it starts every registration number. */
  prefix: string;
  iinEnabled: boolean;
  periods: CasePeriods;
  calendar: WorkCalendar;
}

export interface CaseContext {
  now: number;
  newId: () => string;
  rules: CaseRules;
}

export const initialCaseState = (): CaseState => ({ cases: {}, counters: {}, byCode: {}, byTicket: {} });
