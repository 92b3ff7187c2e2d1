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
  | { type: 'case:reopened'; at: number; caseId: string; by: string; reason: string };

export type CaseEventType = CaseEvent['type'];
