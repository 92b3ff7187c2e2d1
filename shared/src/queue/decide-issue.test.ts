import { describe, expect, it } from 'vitest';
import type { Command } from './commands.js';
import { fixtureConfig, MIN, must, Office, T0 } from './test-fixture.js';

const issue = (sectorId: string, extra: Partial<Extract<Command, { type: 'issue' }>> = {}): Command => ({
  type: 'issue',
  sectorId,
  serviceId: null,
  priority: null,
  lang: 'ru',
  source: 'kiosk-1',
  ...extra,
});

describe('issue', () => {
  it('issues A001 as a waiting ticket with ids from ctx and every nullable field null', () => {
    const o = new Office();
    const [e] = o.ok(issue('legal', { serviceId: 'family', priority: 'elderly' }));
    expect(e).toEqual({
      type: 'ticket:issued',
      at: T0,
      ticket: {
        id: 'id1',
        number: 'A001',
        seq: 1,
        code: 'id2',
        sectorId: 'legal',
        serviceId: 'family',
        priority: 'elderly',
        lang: 'ru',
        status: 'waiting',
        issuedAt: T0,
        queuedAt: T0,
        calledAt: null,
        startedAt: null,
        endedAt: null,
        deskId: null,
        operatorId: null,
        targetDeskId: null,
        calls: 0,
        outcome: null,
        note: null,
        firstLegId: null,
        previousLegId: null,
        nextLegId: null,
        rating: null,
        source: 'kiosk-1',
      },
    });
  });

  it('numbers each sector on its own from the stored counter, even after a cancellation', () => {
    const o = new Office();
    const a1 = o.issue('legal');
    o.ok({ type: 'cancel', ticketId: a1.id, by: 'visitor' });
    expect([o.issue('legal').number, o.issue('registry').number, o.issue('legal').number]).toEqual([
      'A002',
      'B001',
      'A003',
    ]);
  });

  it('refuses an unknown sector with unknown_sector', () => {
    expect(new Office().error(issue('nope'))).toBe('unknown_sector');
  });

  it('refuses a disabled sector with sector_disabled', () => {
    const base = fixtureConfig();
    const o = new Office({
      ...base,
      sectors: base.sectors.map((s) => ({ ...s, enabled: s.id !== 'registry' })),
    });
    expect(o.error(issue('registry'))).toBe('sector_disabled');
  });

  it('refuses outside the office hours in the office zone with outside_hours', () => {
    const o = new Office();
    o.now = T0 - MIN; // 08:59 in Almaty
    expect(o.error(issue('legal'))).toBe('outside_hours');
    o.now = T0 + 9 * 60 * MIN; // 18:00
    expect(o.error(issue('legal'))).toBe('outside_hours');
  });

  it('uses the sector hours over the office hours', () => {
    const base = fixtureConfig();
    const afternoon = [null, [840, 1020], null, null, null, null, null] as const;
    const o = new Office({ ...base, sectors: base.sectors.map((s) => ({ ...s, hours: afternoon })) });
    expect(o.error(issue('legal'))).toBe('outside_hours');
    o.now = T0 + 5 * 60 * MIN; // 14:00
    expect(o.error(issue('legal'))).toBeNull();
  });

  it('refuses past the sector daily limit with daily_limit_reached', () => {
    const o = new Office();
    for (let i = 0; i < 3; i++) o.issue('akim');
    expect(o.error(issue('akim'))).toBe('daily_limit_reached');
  });

  it('goes on from A999 to A1000 at a busy sector, and stops at 9,999, the end of the numbering', () => {
    const o = new Office();
    must(o.state.sectors['legal']).lastSeq = 998;
    expect([o.issue('legal').number, o.issue('legal').number]).toEqual(['A999', 'A1000']);
    must(o.state.sectors['legal']).lastSeq = 9999;
    expect(o.error(issue('legal'))).toBe('daily_limit_reached');
  });

  it('refuses priority where the sector does not allow it with priority_not_allowed', () => {
    expect(new Office().error(issue('akim', { priority: 'veteran' }))).toBe('priority_not_allowed');
  });

  it('refuses a service the sector does not offer with unknown_service', () => {
    expect(new Office().error(issue('legal', { serviceId: 'tax' }))).toBe('unknown_service');
  });

  it('refuses with no_open_desk while no desk serves a sector set to refuse, and issues once one opens', () => {
    const base = fixtureConfig();
    const refuse = base.sectors.map((s) =>
      s.id === 'registry' ? { ...s, whenNoDesk: 'refuse' as const } : s,
    );
    const o = new Office({ ...base, sectors: refuse });
    expect(o.error(issue('registry'))).toBe('no_open_desk');
    o.openDesk('d3').ok({ type: 'pause', deskId: 'd3', reason: 'break' });
    expect(o.error(issue('registry'))).toBe('no_open_desk'); // a paused desk calls nobody
    o.ok({ type: 'resume', deskId: 'd3' });
    expect(o.error(issue('registry'))).toBeNull();
  });

  it('still issues with no desk open when the sector keeps the default (warn)', () => {
    expect(new Office().error(issue('registry'))).toBeNull();
  });
});
