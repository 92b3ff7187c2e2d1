import { describe, expect, it } from 'vitest';
import { fixtureConfig, Office } from '../../../shared/src/queue/test-fixture.js';
import { helpTargets } from './help-targets.js';

// Sector "registry" answers help calls; desks d2 (legal, registry) and d3 (registry, akim) serve it.
function office(): Office {
  const base = fixtureConfig();
  return new Office({
    ...base,
    sectors: base.sectors.map((s) => (s.id === 'registry' ? { ...s, helpCalls: true } : s)),
  });
}

describe('helpTargets', () => {
  it('names the specialists at open or paused desks of a help sector, each once', () => {
    const o = office().openDesk('d1', 'ann').openDesk('d2', 'bob').openDesk('d3', 'cat');
    o.ok({ type: 'pause', deskId: 'd3', reason: 'break' }); // on a break, still in the hall
    expect(helpTargets(o.state)).toEqual({ operatorIds: ['bob', 'cat'], ownDesks: true });
  });

  it('falls back to every specialist on duty when no help-sector desk is open', () => {
    const o = office().openDesk('d1', 'ann');
    expect(helpTargets(o.state)).toEqual({ operatorIds: ['ann'], ownDesks: false });
  });

  it('names nobody when no desk is open at all (the head still hears it)', () => {
    expect(helpTargets(office().state).operatorIds).toEqual([]);
  });
});
