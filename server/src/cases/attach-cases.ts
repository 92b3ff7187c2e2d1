// Cases in the composition root, in two steps: the store opens (and mends what a crash left owed)
// before the socket server exists; the service and the overdue watch attach once it does.
import type { Alert, CaseView } from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';
import type { Logger } from '../logger.js';
import type { Office } from '../office/office.js';
import { caseRulesOf } from './case-rules.js';
import { CaseService } from './case-service.js';
import { fileCaseStorage, memoryCaseStorage, type CaseStorage } from './case-storage.js';
import { CaseStore } from './case-store.js';
import { OverdueWatch } from './overdue-watch.js';
import { mendVisitCases, openCasesForVisits } from './visit-cases.js';

export interface OpenCasesDeps {
  office: Office;
  settings: SettingsPort;
  clock: () => number;
  newId: () => string;
  log: Logger;
  /** Default: the data folder's case journal, or memory when there is no data folder (tests). */
  storage?: CaseStorage;
  dataDir?: string;
}

export async function openCases(deps: OpenCasesDeps): Promise<CaseStore> {
  const storage =
    deps.storage ?? (deps.dataDir ? fileCaseStorage(deps.dataDir, deps.log) : memoryCaseStorage());
  const store = await CaseStore.open({ ...deps, storage, rules: caseRulesOf(deps.settings) });
  openCasesForVisits(deps.office, store, deps.log);
  await mendVisitCases(deps.office, store, deps.log);
  await store.compact();
  // Each new business day, settled cases leave memory for the archive (a server may run for months).
  deps.office.onReset(() => void store.compact());
  return store;
}

export interface AttachCasesDeps {
  store: CaseStore;
  settings: SettingsPort;
  clock: () => number;
  emit: (rooms: string[], view: CaseView) => void;
  raise: (alert: Omit<Alert, 'id' | 'at'>) => void;
}

export function attachCases(deps: AttachCasesDeps): { service: CaseService; close(): Promise<void> } {
  const service = new CaseService({ ...deps, rules: caseRulesOf(deps.settings) });
  const watch = new OverdueWatch({ cases: () => deps.store.cases, clock: deps.clock, raise: deps.raise });
  watch.start();
  return {
    service,
    async close() {
      watch.stop();
      await deps.store.close();
    },
  };
}
