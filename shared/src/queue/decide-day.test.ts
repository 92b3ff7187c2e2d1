import { describe, expect, it } from 'vitest';
import { decide } from './decide.js';
import { initialState } from './initial.js';
import { counterIds, fixtureConfig, MIN, must, Office, T0 } from './test-fixture.js';

const ctx = { now: T0, newId: counterIds() };

describe('open-day', () => {
  it('opens a day on a fresh state with a day:opened event carrying the config', () => {
    const config = fixtureConfig();
    const r = decide(initialState(config), { type: 'open-day', day: '2024-06-03', config }, ctx);
    expect(r).toEqual({ ok: true, data: [{ type: 'day:opened', at: T0, day: '2024-06-03', config }] });
  });

  it('refuses a second open-day with day_closed', () => {
    const o = new Office();
    expect(o.error({ type: 'open-day', day: '2024-06-04', config: o.config })).toBe('day_closed');
  });

  it('refuses an invalid config, naming the mistake where the head can fix it', () => {
    const config = fixtureConfig({ languages: [] });
    expect(decide(initialState(config), { type: 'open-day', day: '2024-06-03', config }, ctx)).toEqual({
      ok: false,
      error: 'languages_empty',
    });
  });

  it('refuses every other command before the day opens with day_not_open', () => {
    const o = new Office(fixtureConfig(), false);
    expect(
      o.error({ type: 'issue', sectorId: 'legal', serviceId: null, priority: null, lang: 'kk', source: 'k' }),
    ).toBe('day_not_open');
    expect(o.error({ type: 'close-day' })).toBe('day_not_open');
  });
});

describe('close-day', () => {
  it('ends every active ticket as unserved and closes every desk', () => {
    const o = new Office();
    o.openDesk('d1').openDesk('d2');
    const a = o.issue('legal');
    const b = o.issue('legal');
    o.callNext('d1');
    o.advance(MIN).ok({ type: 'close-day' });
    expect(o.ticket(a.id)).toMatchObject({ status: 'unserved', endedAt: T0 + MIN });
    expect(o.ticket(b.id)).toMatchObject({ status: 'unserved', endedAt: T0 + MIN });
    expect(o.state.activeIds).toEqual([]);
    expect(Object.values(o.state.desks).every((d) => d.status === 'closed' && d.ticketId === null)).toBe(
      true,
    );
    expect(o.state.closedAt).toBe(T0 + MIN);
  });

  it('refuses every command after close with day_closed', () => {
    const o = new Office();
    o.ok({ type: 'close-day' });
    expect(o.error({ type: 'open-desk', deskId: 'd1', operatorId: 'x' })).toBe('day_closed');
    expect(o.error({ type: 'close-day' })).toBe('day_closed');
  });
});

describe('set-config', () => {
  it('emits config:changed and adds counters and desk states for new sectors and desks', () => {
    const o = new Office();
    const base = fixtureConfig();
    const config = fixtureConfig({
      sectors: [...base.sectors, { ...must(base.sectors[0]), id: 'business', letter: 'D' }],
      desks: [...base.desks, { id: 'd4', number: 4, sectorIds: ['business'], sectorWeights: {} }],
    });
    expect(o.ok({ type: 'set-config', config })).toEqual([{ type: 'config:changed', at: T0, config }]);
    expect(o.state.sectors['business']?.lastSeq).toBe(0);
    expect(o.state.desks['d4']).toMatchObject({ status: 'closed', ticketId: null });
    expect(o.issue('business').number).toBe('D001');
  });

  it('resets every sector priority credit to P when switching to a ratio policy', () => {
    const o = new Office();
    o.ok({
      type: 'set-config',
      config: fixtureConfig({ policy: { kind: 'ratio', priority: 2, regular: 3 } }),
    });
    expect(Object.values(o.state.sectors).map((s) => s.priorityCredit)).toEqual([2, 2, 2]);
  });

  it('refuses an invalid config with invalid_config', () => {
    const o = new Office();
    expect(o.error({ type: 'set-config', config: fixtureConfig({ languages: [] }) })).toBe('invalid_config');
  });

  it('refuses to drop a desk that is open with invalid_config, but drops a closed one', () => {
    const o = new Office();
    o.openDesk('d3');
    const base = fixtureConfig();
    expect(o.error({ type: 'set-config', config: { ...base, desks: base.desks.slice(0, 2) } })).toBe(
      'invalid_config',
    );
    o.ok({ type: 'close-desk', deskId: 'd3' });
    o.ok({ type: 'set-config', config: { ...base, desks: base.desks.slice(0, 2) } });
    expect(Object.keys(o.state.desks)).toEqual(['d1', 'd2']);
  });

  it('refuses to drop a sector that still has visitors waiting with invalid_config', () => {
    const o = new Office();
    o.issue('akim');
    const base = fixtureConfig();
    const config = { ...base, sectors: base.sectors.slice(0, 2), desks: base.desks.slice(0, 2) };
    expect(o.error({ type: 'set-config', config })).toBe('invalid_config');
  });
});

describe('skip-numbers', () => {
  it('continues numbering after the skipped numbers and never lowers a counter', () => {
    const o = new Office();
    o.issue('legal');
    o.issue('legal');
    const sectors = o.config.sectors.map((s) => s.id);
    const other = must(
      sectors.find((id) => id !== 'legal'),
      'a second sector',
    );
    const events = o.ok({ type: 'skip-numbers', lastSeq: { legal: 1, [other]: 40, nowhere: 9 } });
    // legal already stands at 2 and unknown sectors are ignored: only the other sector moves.
    expect(events).toEqual([{ type: 'numbers:skipped', at: T0, lastSeq: { [other]: 40 } }]);
    expect(o.issue('legal').seq).toBe(3);
    expect(o.issue(other).seq).toBe(41);
  });

  it('produces no event when every counter is already past the skipped numbers', () => {
    const o = new Office();
    o.issue('legal');
    expect(o.ok({ type: 'skip-numbers', lastSeq: { legal: 1 } })).toEqual([]);
  });
});
