import { describe, expect, it } from 'vitest';
import { pickNext, sectorOrder } from './policy.js';
import { fixtureConfig, MIN, Office, T0 } from './test-fixture.js';
import type { PriorityPolicy } from './types.js';

const office = (policy: PriorityPolicy, weights: Record<string, number> = {}) => {
  const base = fixtureConfig({ policy });
  const desks = base.desks.map((d) => (d.id === 'd2' ? { ...d, sectorWeights: weights } : d));
  return new Office({ ...base, desks }).openDesk('d1').openDesk('d2');
};

/** Call and finish repeatedly at a desk; the numbers in the order they were called. */
function drain(o: Office, deskId: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = o.callNext(deskId);
    if (!t) break;
    out.push(t.number + (t.priority ? '*' : ''));
    o.serve(deskId, MIN);
  }
  return out;
}

describe('strict policy', () => {
  it('callNext serves every priority ticket before any regular one, each in arrival order', () => {
    const o = office({ kind: 'strict' });
    o.issue('legal');
    o.advance(MIN).issue('legal', 'elderly');
    o.advance(MIN).issue('legal');
    o.advance(MIN).issue('legal', 'veteran');
    expect(drain(o, 'd1', 4)).toEqual(['A002*', 'A004*', 'A001', 'A003']);
  });

  it('a priority head of one sector beats an older regular head of another', () => {
    const o = office({ kind: 'strict' });
    o.issue('legal');
    o.advance(10 * MIN).issue('registry', 'disability');
    expect(o.callNext('d2')?.number).toBe('B001');
  });
});

describe('ratio policy', () => {
  it('callNext serves a priority ticket after two regular ones under ratio 1:2', () => {
    const o = office({ kind: 'ratio', priority: 1, regular: 2 });
    o.issue('legal', 'elderly');
    o.issue('legal', 'pregnant_or_infant');
    o.issue('legal');
    o.issue('legal');
    o.issue('legal');
    expect(drain(o, 'd1', 5)).toEqual(['A001*', 'A003', 'A004', 'A002*', 'A005']);
  });

  it('callNext allows two priority calls in a row under ratio 2:1', () => {
    const o = office({ kind: 'ratio', priority: 2, regular: 1 });
    for (let i = 0; i < 3; i++) o.issue('legal');
    for (let i = 0; i < 4; i++) o.issue('legal', 'veteran');
    expect(drain(o, 'd1', 7)).toEqual(['A004*', 'A005*', 'A001', 'A006*', 'A007*', 'A002', 'A003']);
  });

  it('callNext takes the earliest of the only kind waiting, whatever the credit', () => {
    const o = office({ kind: 'ratio', priority: 1, regular: 3 });
    o.issue('legal', 'elderly');
    o.issue('legal', 'elderly');
    expect(drain(o, 'd1', 2)).toEqual(['A001*', 'A002*']);
  });

  it('sectorOrder looks ahead with the same arithmetic the calls follow', () => {
    const o = office({ kind: 'ratio', priority: 1, regular: 2 });
    for (const p of [null, 'elderly', null, null, 'veteran', null, 'elderly'] as const) o.issue('legal', p);
    const predicted = sectorOrder(o.state, 'legal', o.now).map((t) => t.number);
    expect(drain(o, 'd1', 7).map((n) => n.replace('*', ''))).toEqual(predicted);
  });
});

describe('weighted policy', () => {
  it('callNext counts a priority visitor as having waited the bonus minutes longer', () => {
    const o = office({ kind: 'weighted', priorityBonusMin: 10 });
    o.issue('legal'); // waits 15 min at the call
    o.advance(9 * MIN).issue('legal', 'elderly'); // waits 6 + 10 = 16
    o.advance(6 * MIN);
    expect(o.callNext('d1')?.number).toBe('A002');
  });

  it('callNext prefers a regular visitor who waited longer than the bonus makes up', () => {
    const o = office({ kind: 'weighted', priorityBonusMin: 10 });
    o.issue('legal'); // waits 20 min
    o.advance(11 * MIN).issue('legal', 'elderly'); // waits 9 + 10 = 19
    o.advance(9 * MIN);
    expect(o.callNext('d1')?.number).toBe('A001');
  });
});

describe('between sectors', () => {
  it('a desk serving two sectors calls the head that waited longest', () => {
    const o = office({ kind: 'strict' });
    o.issue('registry');
    o.advance(MIN).issue('legal');
    expect(o.callNext('d2')?.number).toBe('B001');
  });

  it('a desk weight multiplies waited time: 5 min × 3 beats 10 min × 1', () => {
    const o = office({ kind: 'strict' }, { registry: 3 });
    o.issue('legal');
    o.advance(5 * MIN).issue('registry');
    o.advance(5 * MIN);
    expect(o.callNext('d2')?.number).toBe('B001');
  });

  it('equal waits fall back to the sector order of the config', () => {
    const o = office({ kind: 'strict' });
    o.issue('registry');
    o.issue('legal');
    expect(o.callNext('d2')?.number).toBe('A001');
  });
});

describe('desk-targeted tickets', () => {
  it('callNext serves a ticket transferred to the desk before anyone else, and no other desk takes it', () => {
    const o = office({ kind: 'strict' }).openDesk('d3');
    o.issue('registry');
    o.issue('registry', 'elderly');
    o.issue('legal');
    o.callNext('d1');
    o.ok({ type: 'transfer', deskId: 'd1', toSectorId: 'registry', toDeskId: 'd3', note: null });
    expect(sectorOrder(o.state, 'registry', o.now).map((t) => t.number)).toEqual(['B002', 'B001']);
    expect(pickNext(o.state, 'd2', o.now)?.number).toBe('B002');
    expect(o.callNext('d3')?.number).toBe('A001');
  });
});

describe('the worked example of docs/queue-policy.md', () => {
  const cases: [string, PriorityPolicy, string[]][] = [
    ['strict', { kind: 'strict' }, ['A003', 'A005', 'A001', 'A002', 'A004']],
    ['ratio 1:2', { kind: 'ratio', priority: 1, regular: 2 }, ['A003', 'A001', 'A002', 'A005', 'A004']],
    ['weighted 10 min', { kind: 'weighted', priorityBonusMin: 10 }, ['A003', 'A001', 'A002', 'A005', 'A004']],
  ];
  it.each(cases)('orders the five visitors as the document says under %s', (_name, policy, expected) => {
    const o = office(policy);
    // Waits at minute 20: 20, 14, 12, 8 and 3 minutes.
    for (const [at, priority] of [
      [0, null],
      [6, null],
      [8, 'elderly'],
      [12, null],
      [17, 'veteran'],
    ] as const) {
      o.now = T0 + at * MIN;
      o.issue('legal', priority);
    }
    o.now = T0 + 20 * MIN;
    expect(sectorOrder(o.state, 'legal', o.now).map((t) => t.number)).toEqual(expected);
    expect(drain(o, 'd1', 5).map((n) => n.replace('*', ''))).toEqual(expected);
  });
});
