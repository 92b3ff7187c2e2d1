import { describe, expect, it } from 'vitest';
import type { CallView, HallView, OfficeSnapshot } from '../views.js';
import { RECENT_CALLS_KEPT, applyHallChange, latestCallPerTicket } from './hall-sync.js';

const hall = (rev: number): HallView => ({ rev, day: '2025-03-03', now: 1000 + rev, sectors: [], desks: [] });
const call = (number: string, at: number, ticketId = number): CallView => ({
  ticketId,
  number,
  deskId: 'd1',
  deskNumber: 1,
  sectorId: 's1',
  lang: 'kk',
  at,
  recall: false,
});
const snapshot = (rev: number, recentCalls: CallView[] = []): OfficeSnapshot =>
  ({
    office: {} as OfficeSnapshot['office'],
    content: {} as OfficeSnapshot['content'],
    hall: hall(rev),
    recentCalls,
  }) satisfies OfficeSnapshot;

describe('applyHallChange', () => {
  it('applies the next rev and puts its calls on top, newest first', () => {
    const step = applyHallChange(snapshot(4, [call('A001', 1)]), {
      hall: hall(5),
      since: 4,
      calls: [call('A002', 2), call('B001', 3)],
    });
    expect(step.kind).toBe('apply');
    if (step.kind !== 'apply') return;
    expect(step.snapshot.hall.rev).toBe(5);
    expect(step.snapshot.recentCalls.map((c) => c.number)).toEqual(['B001', 'A002', 'A001']);
  });

  it('ignores a change it already has', () => {
    expect(applyHallChange(snapshot(5), { hall: hall(5), since: 4, calls: [] }).kind).toBe('ignore');
    expect(applyHallChange(snapshot(5), { hall: hall(3), since: 2, calls: [] }).kind).toBe('ignore');
  });

  it('asks for a snapshot after a gap or before the first snapshot', () => {
    expect(applyHallChange(snapshot(5), { hall: hall(7), since: 6, calls: [] }).kind).toBe('resync');
    expect(applyHallChange(null, { hall: hall(1), since: 0, calls: [] }).kind).toBe('resync');
  });

  it('applies a batch of changes committed together, which moves rev by more than one', () => {
    const step = applyHallChange(snapshot(5), { hall: hall(9), since: 5, calls: [call('A003', 4)] });
    expect(step.kind === 'apply' && step.snapshot.hall.rev).toBe(9);
  });

  it('asks for a snapshot when a change comes from a new business day, whose revisions restart at 1', () => {
    const nextDay: HallView = { ...hall(1), day: '2025-03-04' };
    expect(applyHallChange(snapshot(500), { hall: nextDay, since: 500, calls: [] }).kind).toBe('resync');
  });

  it('keeps at most RECENT_CALLS_KEPT calls', () => {
    const many = Array.from({ length: RECENT_CALLS_KEPT }, (_, i) => call(`A${100 + i}`, i));
    const step = applyHallChange(snapshot(1, many), { hall: hall(2), since: 1, calls: [call('C001', 99)] });
    expect(step.kind === 'apply' && step.snapshot.recentCalls.length).toBe(RECENT_CALLS_KEPT);
  });
});

describe('latestCallPerTicket', () => {
  it('shows a recalled ticket once, at its latest place', () => {
    const calls = [call('A001', 3, 't1'), call('A002', 2, 't2'), call('A001', 1, 't1')];
    expect(latestCallPerTicket(calls).map((c) => c.at)).toEqual([3, 2]);
  });
});
