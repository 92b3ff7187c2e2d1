import { describe, expect, it } from 'vitest';
import { iinCheckDigit } from './iin.js';
import { almaty, CaseOffice, RULES } from './test-fixture.js';

const IIN = '90010130012' + String(iinCheckDigit('90010130012'));

describe('opening a case', () => {
  it('registers a number from the counter and a due date 15 working days on', () => {
    const office = new CaseOffice(almaty('2026-03-06T11:00:00'));
    const a = office.open();
    const b = office.open();
    expect(office.state.cases[a]?.number).toBe('ALM-2026-00001');
    expect(office.state.cases[b]?.number).toBe('ALM-2026-00002');
    expect(office.state.cases[a]?.dueOn).toBe('2026-04-02');
    expect(office.state.cases[a]?.assigneeId).toBe('op1');
  });

  it('starts a new sequence in a new year and never reuses a number', () => {
    const office = new CaseOffice(almaty('2026-12-31T17:00:00'));
    office.open();
    office.now = almaty('2027-01-05T09:00:00');
    const next = office.open();
    expect(office.state.cases[next]?.number).toBe('ALM-2027-00001');
  });

  it('opens one case per visit', () => {
    const office = new CaseOffice(almaty('2026-03-06T11:00:00'));
    const source = { kind: 'visit' as const, ticketId: 't1', ticketNumber: 'A001', day: '2026-03-06' };
    office.open({ source });
    expect(office.run({ ...openCmd(), source }).ok).toBe(false);
    expect(office.run({ ...openCmd(), source })).toEqual({ ok: false, error: 'case_exists' });
  });

  it('keeps an IIN only when the office turned them on, and only a valid one', () => {
    const office = new CaseOffice(almaty('2026-03-06T11:00:00'));
    const contact = { name: 'Айгерім', phone: '+77010000000', iin: IIN };
    expect(office.run({ ...openCmd(), contact }).ok).toBe(true);
    const typo = IIN.slice(0, 11) + String((Number(IIN[11]) + 1) % 10);
    expect(office.run({ ...openCmd(), contact: { ...contact, iin: typo } })).toEqual({
      ok: false,
      error: 'iin_invalid',
    });
    const off = new CaseOffice(almaty('2026-03-06T11:00:00'), { ...RULES, iinEnabled: false });
    expect(off.run({ ...openCmd(), contact })).toEqual({ ok: false, error: 'iin_disabled' });
  });
});

function openCmd() {
  return {
    type: 'open' as const,
    by: 'op1',
    sectorId: 'legal',
    serviceId: null,
    topic: 'Pension recalculation',
    lang: 'ru' as const,
    contact: { name: null, phone: null, iin: null },
    source: { kind: 'desk' as const },
  };
}

describe('working a case', () => {
  it('the head extends once, with a reason, up to two months, and the applicant must hear in 3 days', () => {
    const office = new CaseOffice(almaty('2026-03-06T11:00:00'));
    const id = office.open();
    office.now = almaty('2026-03-20T10:00:00');
    const bad = {
      type: 'extend' as const,
      caseId: id,
      by: 'head',
      reason: 'Expert opinion',
      dueOn: '2026-06-01',
    };
    expect(office.run(bad)).toEqual({ ok: false, error: 'extension_invalid' });
    expect(office.run({ ...bad, reason: '  ' })).toEqual({ ok: false, error: 'invalid_payload' });
    expect(office.run({ ...bad, dueOn: null }).ok).toBe(true);
    const k = office.state.cases[id];
    expect(k?.dueOn).toBe('2026-05-06');
    expect(k?.extension).toMatchObject({ fromOn: '2026-04-02', notifyByOn: '2026-03-30' });
    expect(office.run({ ...bad, dueOn: null })).toEqual({ ok: false, error: 'already_extended' });
  });

  it('an answered case takes no second answer until reopened; notes it still takes', () => {
    const office = new CaseOffice(almaty('2026-03-06T11:00:00'));
    const id = office.open();
    const answer = {
      type: 'answer' as const,
      caseId: id,
      by: 'op1',
      result: 'solved' as const,
      text: 'Done',
    };
    expect(office.run(answer).ok).toBe(true);
    expect(office.run(answer)).toEqual({ ok: false, error: 'case_closed' });
    expect(office.run({ type: 'note', caseId: id, by: 'op1', text: 'Called back' }).ok).toBe(true);
    expect(office.run({ type: 'reopen', caseId: id, by: 'head', reason: 'Complaint' }).ok).toBe(true);
    expect(office.state.cases[id]?.status).toBe('open');
    expect(office.state.cases[id]?.answer).toBeNull();
    expect(office.run({ type: 'reopen', caseId: id, by: 'head', reason: 'x' })).toEqual({
      ok: false,
      error: 'case_open',
    });
  });

  it('a redirect ends the case with the body named; a hand-over moves it to a sector or a colleague', () => {
    const office = new CaseOffice(almaty('2026-03-06T11:00:00'));
    const id = office.open();
    expect(
      office.run({ type: 'hand-over', caseId: id, by: 'op1', toSectorId: 'registry', toUserId: null }).ok,
    ).toBe(true);
    expect(office.state.cases[id]).toMatchObject({ sectorId: 'registry', assigneeId: null });
    expect(
      office.run({ type: 'hand-over', caseId: id, by: 'op1', toSectorId: 'registry', toUserId: null }),
    ).toEqual({ ok: false, error: 'case_same_place' });
    const r = office.run({
      type: 'redirect',
      caseId: id,
      by: 'op2',
      body: 'Akimat of the region',
      note: null,
    });
    expect(r.ok).toBe(true);
    expect(office.state.cases[id]).toMatchObject({
      status: 'redirected',
      redirect: { body: 'Akimat of the region' },
    });
  });

  it('refuses commands about an unknown case', () => {
    const office = new CaseOffice(almaty('2026-03-06T11:00:00'));
    expect(office.run({ type: 'note', caseId: 'nope', by: 'op1', text: 'x' })).toEqual({
      ok: false,
      error: 'unknown_case',
    });
  });
});
