// The office's case rules, rebuilt only when the settings change: the calendar memoises its years by
// object, so handing out the same object between saves keeps every deadline a lookup.
import { caseRules, DEFAULT_CASE_SETTINGS, type CaseRules, type CaseSettings } from '@kezek/shared';
import type { SettingsPort } from '../auth/settings-port.js';

export function caseRulesOf(settings: SettingsPort): () => CaseRules {
  let last: { from: CaseSettings; zone: string; rules: CaseRules } | null = null;
  return () => {
    const from = settings.data.cases ?? DEFAULT_CASE_SETTINGS;
    const zone = settings.data.office.timeZone;
    if (last?.from !== from || last.zone !== zone) last = { from, zone, rules: caseRules(from, zone) };
    return last.rules;
  };
}
