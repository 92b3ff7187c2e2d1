// Follow-up cases as pure functions: (state, command, {now, ids, rules}) -> events; evolve folds them.
export * from './types.js';
export type { CaseEvent, CaseEventType, CaseHistoryEvent } from './events.js';
export type { CaseCommand, CaseCommandType } from './commands.js';
export { decideCase } from './decide.js';
export { contactProblem } from './decide-open.js';
export { evolveCase, executeCase, replayCases } from './evolve.js';
export { iinCheckDigit, isValidIin } from './iin.js';
export { caseNumber, counterKey } from './numbering.js';
export {
  publicSteps,
  type CaseList,
  type CaseReceipt,
  type ReceiptContent,
  type CasePublicStep,
  type CasePublicView,
  type CaseView,
} from './views.js';
export {
  caseRules,
  DEFAULT_CASE_SETTINGS,
  isKioskChoice,
  type CaseSettings,
  type DeskPrinter,
} from './settings.js';
export { caseReport, type CaseReport, type CaseReportRow, type ReportCase } from './report.js';
export { CASE_REPORT_COLUMNS, caseReportCsv } from './report-csv.js';
