import { describe, expect, it } from 'vitest';
import { avgServiceSec, effectiveDesks, estimateMin, peopleAhead } from './estimate.js';
import { fixtureConfig, MIN, must, Office } from './test-fixture.js';

describe('estimate', () => {
  it('assumes 5 minutes a visitor until a service has finished: 3 ahead at one desk is 15 min', () => {
    const o = new Office().openDesk('d1');
    expect(estimateMin(o.state, 'legal', 3)).toBe(15);
  });

  it('counts a desk serving two sectors as half a desk for each', () => {
    const o = new Office().openDesk('d1').openDesk('d2');
    expect(effectiveDesks(o.state, 'legal')).toBe(1.5);
    expect(estimateMin(o.state, 'legal', 3)).toBe(10);
  });

  it('is null when no open desk serves the sector; paused desks do not count', () => {
    const o = new Office().openDesk('d3');
    o.ok({ type: 'pause', deskId: 'd3', reason: 'lunch' });
    expect(estimateMin(o.state, 'registry', 2)).toBeNull();
    expect(estimateMin(o.state, 'legal', 2)).toBeNull();
  });

  it('averages the last 20 service times of the sector', () => {
    const o = new Office().openDesk('d1');
    for (let i = 0; i < 22; i++) o.issue('legal');
    for (let i = 0; i < 22; i++) {
      o.callNext('d1');
      o.serve('d1', (i < 2 ? 60 : 2) * MIN);
    }
    expect(o.state.sectors['legal']?.recentServiceSec).toHaveLength(20);
    expect(avgServiceSec(o.state, 'legal')).toBe(120);
    expect(estimateMin(o.state, 'legal', 4)).toBe(8);
  });

  it('peopleAhead is the place in the call order: a strict priority ticket only counts priority ahead', () => {
    const o = new Office(fixtureConfig()).openDesk('d1');
    o.issue('legal');
    o.issue('legal', 'elderly');
    o.issue('legal');
    const p = o.issue('legal', 'veteran');
    const r = o.issue('legal');
    expect(peopleAhead(o.state, p, o.now)).toBe(1);
    expect(peopleAhead(o.state, r, o.now)).toBe(4);
    o.callNext('d1');
    expect(peopleAhead(o.state, o.ticket(p.id), o.now)).toBe(0);
  });

  it('peopleAhead of a desk-targeted ticket counts only tickets targeted at that desk', () => {
    const o = new Office().openDesk('d1').openDesk('d2');
    o.issue('registry');
    o.issue('legal');
    const t = must(o.callNext('d1'));
    o.advance(MIN).ok({ type: 'transfer', deskId: 'd1', toSectorId: 'registry', toDeskId: 'd2', note: null });
    const leg = o.ticket(must(o.ticket(t.id).nextLegId));
    expect(peopleAhead(o.state, leg, o.now)).toBe(0);
  });
});
