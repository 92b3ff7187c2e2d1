// What staff ask of a case. `by` is the signed-in user; who may ask what is the server's check.
import type { IsoDate } from '../calendar/dates.js';
import type { Lang } from '../queue/types.js';
import type { CaseContact, CaseResult, CaseSource } from './types.js';

export type CaseCommand =
  | {
      type: 'open';
      by: string;
      sectorId: string;
      serviceId: string | null;
      topic: string;
      lang: Lang;
      contact: CaseContact;
      source: CaseSource;
    }
  | { type: 'edit'; caseId: string; by: string; topic: string; contact: CaseContact }
  | { type: 'note'; caseId: string; by: string; text: string }
  | { type: 'hand-over'; caseId: string; by: string; toSectorId: string; toUserId: string | null }
  /** `dueOn` null: as far as the law allows (two months from registration by default). */
  | { type: 'extend'; caseId: string; by: string; reason: string; dueOn: IsoDate | null }
  | { type: 'redirect'; caseId: string; by: string; body: string; note: string | null }
  | { type: 'answer'; caseId: string; by: string; result: CaseResult; text: string }
  | { type: 'reopen'; caseId: string; by: string; reason: string };

export type CaseCommandType = CaseCommand['type'];
