import { describe, expect, it } from 'vitest';
import { findActiveByNumber, findByCode } from './lookup.js';
import { callViews, hallView, issuedTicket, officeInfo, ticketBrief } from './project.js';
import { fixtureConfig, MIN, must, Office, T0 } from './test-fixture.js';

describe('ticketBrief', () => {
  it('carries what screens show and leaves out the status code and notes', () => {
    const o = new Office();
    const t = o.issue('legal', 'elderly', 'family');
    const brief = ticketBrief(t);
    expect(brief).toMatchObject({
      id: t.id,
      number: 'A001',
      priority: 'elderly',
      serviceId: 'family',
      status: 'waiting',
    });
    expect(brief).not.toHaveProperty('code');
    expect(brief).not.toHaveProperty('note');
  });
});

describe('hallView', () => {
  it('shows each sector: waiting counts, longest wait, next tickets, estimate and issuing state', () => {
    const o = new Office().openDesk('d1', 'aigerim');
    for (let i = 0; i < 12; i++) o.advance(MIN).issue('legal', i === 5 ? 'elderly' : null);
    for (let i = 0; i < 3; i++) o.issue('akim');
    const hall = hallView(o.state, 42, o.now, { aigerim: 'Айгерім Сәрсенова' });
    const legal = must(hall.sectors.find((s) => s.id === 'legal'));
    expect(legal).toMatchObject({
      waiting: 12,
      waitingPriority: 1,
      longestSince: T0 + MIN,
      desksOpen: 1,
      issuedToday: 12,
      issuing: 'open',
      estimateMin: 60,
    });
    expect(legal.next.map((t) => t.number)).toEqual([
      'A006',
      'A001',
      'A002',
      'A003',
      'A004',
      'A005',
      'A007',
      'A008',
      'A009',
      'A010',
    ]);
    expect(hall.sectors.find((s) => s.id === 'akim')).toMatchObject({
      issuing: 'daily_limit_reached',
      estimateMin: null,
      desksOpen: 0,
    });
    expect(hall.desks[0]).toMatchObject({
      id: 'd1',
      number: 1,
      status: 'open',
      operatorName: 'Айгерім Сәрсенова',
    });
    expect(hall).toMatchObject({ rev: 42, day: '2024-06-03', now: o.now });
  });

  it('shows the ticket a desk holds and why a sector is not issuing', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    o.callNext('d1');
    o.now = T0 + 9 * 60 * MIN;
    const hall = hallView(o.state, 1, o.now, {});
    expect(hall.desks[0]?.ticket?.number).toBe('A001');
    expect(hall.desks[0]?.operatorName).toBeNull();
    expect(hall.sectors[0]?.issuing).toBe('outside_hours');
  });
});

describe('callViews', () => {
  it('turns calls and recalls into announcements with the desk number, in order', () => {
    const o = new Office().openDesk('d2');
    o.issue('registry');
    const events = [...o.ok({ type: 'call-next', deskId: 'd2', operatorId: 'op-d2' })];
    events.push(...o.advance(MIN).ok({ type: 'recall', deskId: 'd2' }));
    events.push(...o.ok({ type: 'start', deskId: 'd2' }));
    expect(callViews(o.state, events)).toEqual([
      {
        ticketId: 'id1',
        number: 'B001',
        deskId: 'd2',
        deskNumber: 2,
        sectorId: 'registry',
        lang: 'kk',
        at: T0,
        recall: false,
      },
      {
        ticketId: 'id1',
        number: 'B001',
        deskId: 'd2',
        deskNumber: 2,
        sectorId: 'registry',
        lang: 'kk',
        at: T0 + MIN,
        recall: true,
      },
    ]);
  });
});

describe('officeInfo', () => {
  it('lists every sector with names in kk, ru and en for the kiosk', () => {
    const info = officeInfo(fixtureConfig());
    expect(info.sectors.map((s) => s.letter)).toEqual(['A', 'B', 'C']);
    expect(info.sectors[0]?.names.kk).toBe('Заңгерлік кеңес');
    expect(info).toMatchObject({
      timeZone: 'Asia/Almaty',
      languages: ['kk', 'ru', 'en'],
      policy: { kind: 'strict' },
    });
  });
});

describe('issuedTicket', () => {
  it('tells the visitor the status code, people ahead and estimated wait', () => {
    const o = new Office().openDesk('d1');
    o.issue('legal');
    o.issue('legal');
    const t = o.issue('legal');
    expect(issuedTicket(o.state, t, o.now)).toMatchObject({ code: t.code, peopleAhead: 2, estimateMin: 10 });
  });
});

describe('lookups', () => {
  it('findByCode follows a transferred visitor to the newest leg', () => {
    const o = new Office().openDesk('d1');
    const a = o.issue('legal');
    o.callNext('d1');
    o.ok({ type: 'transfer', deskId: 'd1', toSectorId: 'registry', toDeskId: null, note: null });
    expect(findByCode(o.state, a.code)?.id).toBe(o.ticket(a.id).nextLegId);
    expect(findByCode(o.state, 'nope')).toBeNull();
  });

  it('findActiveByNumber finds only active tickets, ignoring case and spaces', () => {
    const o = new Office();
    const a = o.issue('legal');
    expect(findActiveByNumber(o.state, ' a001 ')?.id).toBe(a.id);
    o.ok({ type: 'cancel', ticketId: a.id, by: 'v' });
    expect(findActiveByNumber(o.state, 'A001')).toBeNull();
  });
});
