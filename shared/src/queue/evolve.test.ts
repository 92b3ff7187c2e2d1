import { describe, expect, it } from 'vitest';
import { decide } from './decide.js';
import { evolve, execute, replay } from './evolve.js';
import { fixtureConfig, MIN, must, Office } from './test-fixture.js';

describe('evolve', () => {
  it('replay of the journal rebuilds the state built step by step', () => {
    const o = new Office().openDesk('d1').openDesk('d2');
    o.issue('legal');
    o.issue('registry', 'elderly');
    o.callNext('d2');
    o.advance(MIN).serve('d2');
    o.callNext('d1');
    o.ok({ type: 'transfer', deskId: 'd1', toSectorId: 'registry', toDeskId: 'd2', note: 'Құжат керек' });
    expect(replay(o.config, o.events)).toEqual(o.state);
  });

  it('does not share objects with the events, so the journal stays as it was written', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    const issued = o.events.find((e) => e.type === 'ticket:issued');
    o.callNext('d1');
    expect(issued?.type === 'ticket:issued' && issued.ticket.status).toBe('waiting');
  });

  it('decide never mutates the state; execute leaves it untouched on a refusal', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    const before = structuredClone(o.state);
    decide(o.state, { type: 'call-next', deskId: 'd1', operatorId: 'op-d1' }, o.ctx);
    expect(o.state).toEqual(before);
    expect(execute(o.state, { type: 'start', deskId: 'd1' }, o.ctx)).toEqual({
      ok: false,
      error: 'desk_idle',
    });
    expect(o.state).toEqual(before);
  });

  it('updates the ratio allowance on every call of the sector', () => {
    const o = new Office(fixtureConfig({ policy: { kind: 'ratio', priority: 1, regular: 2 } })).openDesk(
      'd1',
    );
    const counters = () => {
      const c = must(o.state.sectors['legal']);
      return [c.priorityCredit, c.regularSincePriority];
    };
    expect(counters()).toEqual([1, 0]);
    o.issue('legal', 'elderly');
    o.callNext('d1');
    expect(counters()).toEqual([0, 0]);
    o.serve('d1');
    o.issue('legal');
    o.issue('legal');
    o.callNext('d1');
    expect(counters()).toEqual([0, 1]);
    o.serve('d1');
    o.callNext('d1');
    expect(counters()).toEqual([1, 0]);
  });

  it('ignores a rating of a ticket in any way but adding it: a final status stays final', () => {
    const o = new Office().openDesk('d1');
    const a = o.issue('legal');
    o.callNext('d1');
    o.serve('d1');
    evolve(o.state, { type: 'ticket:rated', at: o.now, ticketId: a.id, stars: 5, comment: null });
    expect(o.ticket(a.id)).toMatchObject({ status: 'finished', rating: { stars: 5 } });
  });
});
