// The head's case report for cases registered from..to: live cases from memory, settled ones from the
// archive of their years. One place for the socket's case:report and the HTTP export.
import { caseReport, type CaseReport } from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import type { CaseStore } from './case-store.js';

export async function loadCaseReport(
  store: CaseStore,
  settings: SettingsPort,
  from: string,
  to: string,
  now: number,
): Promise<CaseReport> {
  const { office, users } = settings.data;
  const names = Object.fromEntries(users.map((u) => [u.id, u.name]));
  const cases = await store.reportCasesOfYears(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
  return caseReport(cases, office, names, from, to, now);
}
