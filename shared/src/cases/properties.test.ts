// Property tests: random weeks of case work by several people, the clock running across years.
// Refusals are part of it; the invariants must hold anyway.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseCommand } from './commands.js';
import { replayCases } from './evolve.js';
import { almaty, CaseOffice } from './test-fixture.js';
import { CASE_RESULTS, CASE_STATUSES } from './types.js';

const HOUR = 3_600_000;
const PEOPLE = ['op1', 'op2', 'head'];
const SECTORS = ['legal', 'registry'];

type Step =
  | { k: 'open'; visit: number | null }
  | { k: 'note' | 'answer' | 'redirect' | 'reopen' | 'extend' | 'hand-over'; pick: number; arg: number }
  | { k: 'wait'; hours: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('open' as const), visit: fc.option(fc.nat(6)) }) },
  {
    weight: 8,
    arbitrary: fc.record({
      k: fc.constantFrom('note', 'answer', 'redirect', 'reopen', 'extend', 'hand-over'),
      pick: fc.nat(30),
      arg: fc.nat(60),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ k: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 24 * 40 }) }),
  },
);

function command(office: CaseOffice, s: Exclude<Step, { k: 'wait' }>): CaseCommand {
  const by = PEOPLE[s.k === 'open' ? 0 : s.pick % PEOPLE.length] ?? 'op1';
  if (s.k === 'open') {
    const source =
      s.visit === null
        ? { kind: 'desk' as const }
        : {
            kind: 'visit' as const,
            ticketId: `t${s.visit}`,
            ticketNumber: `A00${s.visit}`,
            day: '2026-01-05',
          };
    const contact = { name: null, phone: null, iin: null };
    return {
      type: 'open',
      by,
      sectorId: 'legal',
      serviceId: null,
      topic: 'Topic',
      lang: 'kk',
      contact,
      source,
    };
  }
  const ids = Object.keys(office.state.cases);
  // Now and then a case that does not exist.
  const caseId = s.pick < 28 && ids.length > 0 ? (ids[s.pick % ids.length] ?? 'x') : 'missing';
  switch (s.k) {
    case 'note':
      return { type: 'note', caseId, by, text: s.arg % 7 === 0 ? ' ' : 'Called the applicant' };
    case 'answer':
      return { type: 'answer', caseId, by, result: CASE_RESULTS[s.arg % 3] ?? 'solved', text: 'Answer' };
    case 'redirect':
      return { type: 'redirect', caseId, by, body: 'Tax office', note: null };
    case 'reopen':
      return { type: 'reopen', caseId, by, reason: 'Complaint' };
    case 'extend': {
      const k = office.state.cases[caseId];
      const dueOn =
        s.arg % 2 === 0 || !k ? null : k.dueOn.slice(0, 8) + String(1 + (s.arg % 28)).padStart(2, '0');
      return { type: 'extend', caseId, by, reason: 'Expert opinion needed', dueOn };
    }
    case 'hand-over':
      return {
        type: 'hand-over',
        caseId,
        by,
        toSectorId: SECTORS[s.arg % 2] ?? 'legal',
        toUserId: PEOPLE[s.arg % 3] ?? null,
      };
  }
}

function play(steps: Step[]): CaseOffice {
  const office = new CaseOffice(almaty('2026-11-20T10:00:00'));
  for (const s of steps) {
    if (s.k === 'wait') office.now += s.hours * HOUR;
    else office.run(command(office, s));
  }
  return office;
}

describe('case lifecycle properties', () => {
  it('every case ends answered, redirected or open, and its record says which', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const office = play(steps);
        for (const k of Object.values(office.state.cases)) {
          expect(CASE_STATUSES).toContain(k.status);
          expect(k.answer !== null).toBe(k.status === 'answered');
          expect(k.redirect !== null).toBe(k.status === 'redirected');
          expect(k.dueAt).toBeGreaterThan(k.registeredAt);
          expect(k.dueOn <= k.extensionLimitOn).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('no registration number repeats, across years, and the counters stay ahead of every number', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const office = play(steps);
        const numbers = Object.values(office.state.cases).map((k) => k.number);
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const n of numbers) {
          const key = n.slice(0, n.lastIndexOf('-'));
          expect(office.state.counters[key]).toBeGreaterThanOrEqual(Number(n.slice(n.lastIndexOf('-') + 1)));
        }
        const visits = Object.values(office.state.cases).filter((k) => k.source.kind === 'visit');
        expect(new Set(visits.map((k) => (k.source.kind === 'visit' ? k.source.ticketId : ''))).size).toBe(
          visits.length,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('replaying the journal gives the same state, also through JSON', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const office = play(steps);
        expect(replayCases(office.journal)).toEqual(office.state);
        const fromDisk = office.journal.map((e) => JSON.parse(JSON.stringify(e)) as typeof e);
        expect(replayCases(fromDisk)).toEqual(JSON.parse(JSON.stringify(office.state)));
      }),
      { numRuns: 200 },
    );
  });
});
