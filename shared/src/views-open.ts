// What the public sees of the office: /open on a phone and the hall display's transparency zone. Counts
// and times only: no names, no ticket codes, nothing that could point at a visitor.
import type { Names, Outcome, WeekHours } from './queue/types.js';

export interface OpenFigures {
  /** Visitors who came (a transfer is the same visitor, counted once). */
  received: number;
  served: number;
  servedPct: number | null;
  medianWaitMin: number | null;
  /** Share of measured waits within the norm of the visitor's own sector, percent. */
  withinNormPct: number | null;
  outcomes: Record<Outcome, number>;
  ratingAvg: number | null;
  ratingCount: number;
}

export interface OpenSector extends OpenFigures {
  id: string;
  letter: string;
  names: Names;
}

export interface OpenPeriod {
  from: string;
  to: string;
  total: OpenFigures;
  sectors: OpenSector[];
  /** Specialists by name, only when the head publishes them (settings.openness.showNames). */
  specialists: Array<OpenFigures & { name: string }> | null;
}

export interface OpenQueue {
  id: string;
  letter: string;
  names: Names;
  waiting: number;
  desksOpen: number;
  estimateMin: number | null;
}

export interface OpenView {
  officeName: Names;
  timeZone: string;
  hours: WeekHours;
  generatedAt: number;
  today: OpenPeriod;
  week: OpenPeriod;
  month: OpenPeriod;
  /** The last 30 days, oldest first; days without visitors count zero. */
  last30: Array<{ day: string; received: number; served: number; withinNormPct: number | null }>;
  queues: OpenQueue[];
}
