// Registration numbers: office prefix, year of registration, sequence from a stored counter. The counter
// is keyed by prefix and year, so a new year or a new prefix starts at 1 and no number is ever reused.
import type { CaseState } from './types.js';

export const counterKey = (prefix: string, year: number): string => `${prefix}-${year}`;

/** Five digits at least (an office opens ~50,000 cases a year); more digits when needed, never a wrap. */
export const caseNumber = (prefix: string, year: number, seq: number): string =>
  `${counterKey(prefix, year)}-${String(seq).padStart(5, '0')}`;

export function nextSeq(state: Readonly<CaseState>, prefix: string, year: number): number {
  return (state.counters[counterKey(prefix, year)] ?? 0) + 1;
}
