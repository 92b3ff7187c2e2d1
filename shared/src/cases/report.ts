// The head's case report: for cases registered in a period, how many were answered on time, late,
// redirected, are overdue or still within their deadline, by sector, service and specialist. The
// region's question, "how many in-progress visits were answered within the deadline", is the
// fromVisits pair. Pure: the cases, the office's names and "now" come in.
import type { Names, OfficeConfig } from '../queue/types.js';
import type { Case } from './types.js';

export interface CaseReportRow {
  key: string;
  names: Names;
  registered: number;
  answeredOnTime: number;
  answeredLate: number;
  redirected: number;
  overdueOpen: number;
  openOnTime: number;
  extended: number;
  /** Calendar days from registration to answer, median over the answered ones; null when none. */
  medianDaysToAnswer: number | null;
  fromVisits: number;
  fromVisitsAnsweredOnTime: number;
}

export interface CaseReport {
  from: string;
  to: string;
  at: number;
  total: CaseReportRow;
  bySector: CaseReportRow[];
  byService: CaseReportRow[];
  bySpecialist: CaseReportRow[];
}

const DAY_MS = 86_400_000;

/** What the report reads of a case: archives keep just this for years of cases. */
export type ReportCase = Pick<
  Case,
  | 'id'
  | 'registeredOn'
  | 'registeredAt'
  | 'dueAt'
  | 'status'
  | 'sectorId'
  | 'serviceId'
  | 'assigneeId'
  | 'registeredBy'
> & {
  answer: { at: number; by: string } | null;
  extension: object | null;
  source: { kind: Case['source']['kind'] };
};

function row(key: string, names: Names, cases: readonly ReportCase[], now: number): CaseReportRow {
  const r: CaseReportRow = {
    key,
    names,
    registered: cases.length,
    answeredOnTime: 0,
    answeredLate: 0,
    redirected: 0,
    overdueOpen: 0,
    openOnTime: 0,
    extended: 0,
    medianDaysToAnswer: null,
    fromVisits: 0,
    fromVisitsAnsweredOnTime: 0,
  };
  const days: number[] = [];
  for (const k of cases) {
    const onTime = k.answer !== null && k.answer.at < k.dueAt;
    if (k.answer) {
      if (onTime) r.answeredOnTime += 1;
      else r.answeredLate += 1;
      days.push((k.answer.at - k.registeredAt) / DAY_MS);
    } else if (k.status === 'redirected') r.redirected += 1;
    else if (now >= k.dueAt) r.overdueOpen += 1;
    else r.openOnTime += 1;
    if (k.extension) r.extended += 1;
    if (k.source.kind === 'visit') {
      r.fromVisits += 1;
      if (onTime) r.fromVisitsAnsweredOnTime += 1;
    }
  }
  days.sort((a, b) => a - b);
  if (days.length > 0) {
    const mid = days.length / 2;
    const m = days.length % 2 ? (days[Math.floor(mid)] ?? 0) : ((days[mid - 1] ?? 0) + (days[mid] ?? 0)) / 2;
    r.medianDaysToAnswer = Math.round(m * 10) / 10;
  }
  return r;
}

function grouped(
  cases: readonly ReportCase[],
  keyOf: (k: ReportCase) => string | null,
  namesOf: (key: string) => Names,
  now: number,
): CaseReportRow[] {
  const groups = new Map<string, ReportCase[]>();
  for (const k of cases) {
    const key = keyOf(k);
    if (key === null) continue;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(k);
  }
  return [...groups]
    .map(([key, list]) => row(key, namesOf(key), list, now))
    .sort((a, b) => b.registered - a.registered);
}

/** Who answers for a case: who answered it, else whom it is with, else who accepted it. */
const responsible = (k: ReportCase): string => k.answer?.by ?? k.assigneeId ?? k.registeredBy;

export function caseReport(
  all: Iterable<ReportCase>,
  config: OfficeConfig,
  userNames: Record<string, string>,
  from: string,
  to: string,
  now: number,
): CaseReport {
  const cases: ReportCase[] = [];
  for (const k of all) if (k.registeredOn >= from && k.registeredOn <= to) cases.push(k);
  const same = (s: string): Names => ({ kk: s, ru: s, en: s });
  const sectorNames = (id: string) => config.sectors.find((s) => s.id === id)?.names ?? same(id);
  const serviceNames = (key: string) => {
    const [sectorId, serviceId] = key.split('/');
    const sector = config.sectors.find((s) => s.id === sectorId);
    return sector?.services.find((v) => v.id === serviceId)?.names ?? same(serviceId ?? key);
  };
  return {
    from,
    to,
    at: now,
    total: row('total', same(''), cases, now),
    bySector: grouped(cases, (k) => k.sectorId, sectorNames, now),
    byService: grouped(
      cases,
      (k) => (k.serviceId ? `${k.sectorId}/${k.serviceId}` : null),
      serviceNames,
      now,
    ),
    bySpecialist: grouped(cases, responsible, (id) => same(userNames[id] ?? id), now),
  };
}
