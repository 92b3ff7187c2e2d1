// A tiny case office for tests: counter ids, the Almaty calendar, the default law's clock.
import { defaultCalendar } from '../calendar/calendar.js';
import { DEFAULT_PERIODS } from '../calendar/deadlines.js';
import type { Result } from '../errors.js';
import type { CaseCommand } from './commands.js';
import type { CaseEvent } from './events.js';
import { executeCase } from './evolve.js';
import { initialCaseState, type CaseContext, type CaseRules, type CaseState } from './types.js';

export const RULES: CaseRules = {
  prefix: 'ALM',
  iinEnabled: true,
  periods: DEFAULT_PERIODS,
  calendar: defaultCalendar('Asia/Almaty'),
};

export const almaty = (iso: string): number => Date.parse(`${iso}+05:00`);

export class CaseOffice {
  state: CaseState = initialCaseState();
  journal: CaseEvent[] = [];
  private n = 0;
  constructor(
    public now: number,
    public rules: CaseRules = RULES,
  ) {}

  ctx(): CaseContext {
    return { now: this.now, newId: () => `id${++this.n}`, rules: this.rules };
  }

  run(command: CaseCommand): Result<CaseEvent[]> {
    const r = executeCase(this.state, command, this.ctx());
    if (r.ok) this.journal.push(...r.data);
    return r;
  }

  open(overrides: Partial<Extract<CaseCommand, { type: 'open' }>> = {}): string {
    const r = this.run({
      type: 'open',
      by: 'op1',
      sectorId: 'legal',
      serviceId: null,
      topic: 'Land plot boundaries',
      lang: 'kk',
      contact: { name: null, phone: null, iin: null },
      source: { kind: 'desk' },
      ...overrides,
    });
    if (!r.ok) throw new Error(`open refused: ${r.error}`);
    const e = r.data[0];
    if (e?.type !== 'case:opened' || !e.case) throw new Error('no case opened');
    return e.case.id;
  }
}
