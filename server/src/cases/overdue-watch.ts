// The head is judged by the overdue list, so the moment a case becomes overdue is an alert. Checked
// once a minute against the clock (a deadline passes at a local midnight, with no event to notice it);
// cases already overdue when the server starts are on the head's list and raise nothing again.
import type { Alert, CaseState } from '@kezek/shared';

export interface OverdueWatchDeps {
  cases: () => Readonly<CaseState>;
  clock: () => number;
  raise: (alert: Omit<Alert, 'id' | 'at'>) => void;
  everyMs?: number;
}

export class OverdueWatch {
  private alerted = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: OverdueWatchDeps) {
    this.scan(false);
  }

  start(): void {
    this.timer ??= setInterval(() => this.scan(true), this.deps.everyMs ?? 60_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Raises an alert for each open case that passed its deadline since the last scan. */
  scan(raise = true): void {
    const now = this.deps.clock();
    for (const k of Object.values(this.deps.cases().cases)) {
      const overdue = k.status === 'open' && now >= k.dueAt;
      if (!overdue) {
        // Extended or answered: a later miss must alert again.
        this.alerted.delete(k.id);
        continue;
      }
      if (this.alerted.has(k.id)) continue;
      this.alerted.add(k.id);
      if (raise) this.deps.raise({ kind: 'case_overdue', subjectId: k.sectorId, detail: k.number });
    }
  }
}
