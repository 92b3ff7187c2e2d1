// Case events: the only thing the case journal stores and the only input of evolveCase.
import type { IsoDate } from '../calendar/dates.js';
import type { Case, CaseContact, CaseResult } from './types.js';

export type CaseEvent =
  /** In a case's history the case itself is left out (`case` is set only in the journal). */
  | { type: 'case:opened'; at: number; by: string; case?: Case }
  | { type: 'case:edited'; at: number; caseId: string; by: string; topic: string; contact: CaseContact }
  | { type: 'case:noted'; at: number; caseId: string; by: string; text: string }
  | {
      type: 'case:handed-over';
      at: number;
      caseId: string;
      by: string;
      toSectorId: string;
      toUserId: string | null;
    }
  | {
      type: 'case:extended';
      at: number;
      caseId: string;
      by: string;
      reason: string;
      dueOn: IsoDate;
      dueAt: number;
      notifyByOn: IsoDate;
    }
  | { type: 'case:redirected'; at: number; caseId: string; by: string; body: string; note: string | null }
  | { type: 'case:answered'; at: number; caseId: string; by: string; result: CaseResult; text: string }
  | { type: 'case:reopened'; at: number; caseId: string; by: string; reason: string }
  /**
   * The first line of a compacted journal: the cases still kept live, as they stood, and the numbering
   * counters (which must never go back although older cases moved to the archive). Never decided.
   */
  | { type: 'cases:restored'; at: number; cases: Case[]; counters: Record<string, number> };

export type CaseEventType = CaseEvent['type'];

/** What a case's own history holds: every event about that one case. */
export type CaseHistoryEvent = Exclude<CaseEvent, { type: 'cases:restored' }>;
