import { describe, expect, it } from 'vitest';
import { fixtureConfig } from '../queue/test-fixture.js';
import { caseReport } from './report.js';
import { caseReportCsv } from './report-csv.js';
import { almaty, CaseOffice } from './test-fixture.js';

const visit = (n: number) => ({
  kind: 'visit' as const,
  ticketId: `t${n}`,
  ticketNumber: `A00${n}`,
  day: '2026-03-06',
});

describe('the case report', () => {
  it('counts answered on time and late, redirected, overdue and open, and the visits answered in time', () => {
    const office = new CaseOffice(almaty('2026-03-06T11:00:00')); // due 2 April
    const onTime = office.open({ source: visit(1) });
    const late = office.open({ source: visit(2), by: 'op2' });
    const redirected = office.open();
    const overdue = office.open({ source: visit(3) });
    const extended = office.open();
    office.now = almaty('2026-03-10T11:00:00');
    office.run({ type: 'answer', caseId: onTime, by: 'op1', result: 'solved', text: 'Done' });
    office.run({ type: 'redirect', caseId: redirected, by: 'op1', body: 'Tax office', note: null });
    office.run({ type: 'extend', caseId: extended, by: 'head', reason: 'Expert', dueOn: null });
    office.now = almaty('2026-04-03T09:00:00');
    office.run({ type: 'answer', caseId: late, by: 'op2', result: 'refused', text: 'No grounds' });
    void overdue;
    const names = { op1: 'Айгерім', op2: 'Нұрлан' };
    const r = caseReport(
      Object.values(office.state.cases),
      fixtureConfig(),
      names,
      '2026-03-01',
      '2026-03-31',
      office.now,
    );
    expect(r.total).toMatchObject({
      registered: 5,
      answeredOnTime: 1,
      answeredLate: 1,
      redirected: 1,
      overdueOpen: 1,
      openOnTime: 1,
      extended: 1,
      fromVisits: 3,
      fromVisitsAnsweredOnTime: 1,
    });
    // 4 days and 27 days 22 hours: the median of two is their mean.
    expect(r.total.medianDaysToAnswer).toBe(16);
    expect(r.bySpecialist.map((s) => [s.names.en, s.registered])).toEqual([
      ['Айгерім', 4],
      ['Нұрлан', 1],
    ]);
    expect(
      caseReport(
        Object.values(office.state.cases),
        fixtureConfig(),
        names,
        '2026-04-01',
        '2026-04-30',
        office.now,
      ).total.registered,
    ).toBe(0);
    const csv = caseReportCsv(r, 'kk');
    expect(csv.split('\r\n')[0]).toContain('Мерзімінде жауап');
    expect(csv).toContain('Нұрлан');
  });
});
