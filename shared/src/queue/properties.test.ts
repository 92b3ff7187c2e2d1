// Property tests: random days of commands on three desks with an advancing clock. Refusals are
// part of the day (a random operator does many wrong things); the invariants must hold anyway.
import { sectorOrder } from './policy.js';
import { positionInSector } from './position.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from './commands.js';
import type { DomainEvent } from './events.js';
import { replay } from './evolve.js';
import { isActive } from './lookup.js';
import { ALWAYS, fixtureConfig, MIN, must, Office } from './test-fixture.js';
import { FINAL_STATUSES, type OfficeConfig, type PriorityPolicy, type TicketStatus } from './types.js';

const RUNS = { numRuns: 200 };
const SECTORS = ['legal', 'registry', 'akim'];
const LETTERS = ['A', 'B', 'C'];
const OPERATORS = ['aigerim', 'nurlan', 'dana'];
const PRIORITIES = [null, null, 'elderly', 'disability'] as const;

type Spec =
  | { k: 'issue'; sector: number; priority: number }
  | { k: 'call-next' | 'recall' | 'start' | 'no-show' | 'return-to-queue' | 'pause' | 'resume'; desk: string }
  | { k: 'close-desk'; desk: string }
  | { k: 'call-ticket'; desk: string; sector: number; seq: number }
  | { k: 'finish'; desk: string; callNext: boolean }
  | { k: 'transfer'; desk: string; sector: number; toDesk: string | null }
  | { k: 'cancel'; pick: number }
  | { k: 'open-desk'; desk: string; op: number }
  | { k: 'close-day' };

// Mostly real desks; now and then one that does not exist.
const desk = fc.oneof(
  { weight: 15, arbitrary: fc.constantFrom('d1', 'd2', 'd3') },
  { weight: 1, arbitrary: fc.constant('d9') },
);
const sector = fc.integer({ min: 0, max: SECTORS.length - 1 });
const deskOnly = <K extends Extract<Spec, { desk: string }>['k']>(k: K) =>
  fc.record({ k: fc.constant(k), desk });

const spec: fc.Arbitrary<Spec> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ k: fc.constant('issue'), sector, priority: fc.nat(PRIORITIES.length - 1) }),
  },
  { weight: 7, arbitrary: deskOnly('call-next') },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('call-ticket'),
      desk,
      sector,
      seq: fc.integer({ min: 1, max: 12 }),
    }),
  },
  { weight: 1, arbitrary: deskOnly('recall') },
  { weight: 3, arbitrary: deskOnly('start') },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('finish'), desk, callNext: fc.boolean() }) },
  { weight: 1, arbitrary: deskOnly('no-show') },
  { weight: 1, arbitrary: deskOnly('return-to-queue') },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('transfer'), desk, sector, toDesk: fc.option(desk, { freq: 3 }) }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('cancel'), pick: fc.nat(40) }) },
  { weight: 1, arbitrary: deskOnly('pause') },
  { weight: 1, arbitrary: deskOnly('resume') },
  {
    weight: 3,
    arbitrary: fc.record({ k: fc.constant('open-desk'), desk, op: fc.nat(OPERATORS.length - 1) }),
  },
  { weight: 1, arbitrary: deskOnly('close-desk') },
);

const step = fc.record({ dt: fc.integer({ min: 0, max: 5 * MIN }), spec });
/** 10 to 150 steps; a quarter of the days also close somewhere in the middle. */
const day = fc
  .record({
    steps: fc.array(step, { minLength: 10, maxLength: 150, size: 'max' }),
    closeAt: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(150) }),
  })
  .map(({ steps, closeAt }) =>
    closeAt === null
      ? steps
      : [...steps.slice(0, closeAt), { dt: 0, spec: { k: 'close-day' } as Spec }, ...steps.slice(closeAt)],
  );

const policy: fc.Arbitrary<PriorityPolicy> = fc.oneof(
  fc.constant({ kind: 'strict' as const }),
  fc.record({
    kind: fc.constant('ratio' as const),
    priority: fc.integer({ min: 1, max: 3 }),
    regular: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('weighted' as const), priorityBonusMin: fc.integer({ min: 1, max: 20 }) }),
);

const config: fc.Arbitrary<OfficeConfig> = fc
  .record({ policy, startOnCall: fc.boolean(), transferKeepsArrival: fc.boolean() })
  .map((o) => fixtureConfig({ ...o, hours: ALWAYS }));

/** Turns a random spec into a command on the current state, mostly with the desk's own operator. */
function toCommand(o: Office, s: Spec): Command {
  const deskId = 'desk' in s ? s.desk : 'd1';
  const operatorId = o.state.desks[deskId]?.operatorId ?? 'aigerim';
  switch (s.k) {
    case 'issue':
      return {
        type: 'issue',
        sectorId: must(SECTORS[s.sector]),
        serviceId: null,
        priority: PRIORITIES[s.priority] ?? null,
        lang: 'kk',
        source: 'k',
      };
    case 'call-next':
      return { type: 'call-next', deskId, operatorId };
    case 'call-ticket':
      return {
        type: 'call-ticket',
        deskId,
        operatorId,
        number: must(LETTERS[s.sector]) + String(s.seq).padStart(3, '0'),
      };
    case 'finish':
      return { type: 'finish', deskId, outcome: 'solved', note: null, callNext: s.callNext, operatorId };
    case 'transfer':
      return {
        type: 'transfer',
        deskId,
        toSectorId: must(SECTORS[s.sector]),
        toDeskId: s.toDesk,
        note: null,
      };
    case 'cancel': {
      const ids = Object.keys(o.state.tickets);
      return {
        type: 'cancel',
        ticketId: ids.length ? must(ids[s.pick % ids.length]) : 'none',
        by: 'visitor',
      };
    }
    case 'open-desk':
      return { type: 'open-desk', deskId, operatorId: must(OPERATORS[s.op]) };
    case 'close-day':
      return { type: 'close-day' };
    default:
      return { type: s.k, deskId } as Command;
  }
}

interface StepInfo {
  o: Office;
  command: Command;
  events: DomainEvent[];
  /** Status of every ticket before the step. */
  before: Record<string, TicketStatus>;
  /** Sectors with an untargeted regular ticket waiting before the step. */
  regularWaiting: Set<string>;
}

/** Runs a day, calling `check` after every step; ends with close-day unless `open` is set. */
function simulate(
  cfg: OfficeConfig,
  steps: { dt: number; spec: Spec }[],
  check: (s: StepInfo) => void,
  open = false,
): Office {
  const o = new Office(cfg).openDesk('d1', 'aigerim').openDesk('d2', 'nurlan').openDesk('d3', 'dana');
  const all = open ? steps : [...steps, { dt: MIN, spec: { k: 'close-day' } as Spec }];
  for (const { dt, spec: s } of all) {
    const before = Object.fromEntries(Object.values(o.state.tickets).map((t) => [t.id, t.status]));
    const regularWaiting = new Set<string>();
    for (const id of o.state.activeIds) {
      const t = must(o.state.tickets[id]);
      if (t.status === 'waiting' && t.priority === null && t.targetDeskId === null)
        regularWaiting.add(t.sectorId);
    }
    const command = toCommand(o.advance(dt), s);
    const r = o.run(command);
    check({ o, command, events: r.ok ? r.data : [], before, regularWaiting });
  }
  return o;
}

describe('queue properties', () => {
  it('(a) two desks never hold the same ticket, and a desk holds only its own called or serving ticket', () => {
    fc.assert(
      fc.property(config, day, (cfg, steps) => {
        simulate(
          cfg,
          steps,
          ({ o }) => {
            const held = Object.values(o.state.desks).flatMap((d) =>
              d.ticketId ? [[d.deskId, d.ticketId] as const] : [],
            );
            expect(new Set(held.map(([, t]) => t)).size).toBe(held.length);
            for (const [deskId, ticketId] of held) {
              const t = must(o.state.tickets[ticketId]);
              expect(['called', 'serving']).toContain(t.status);
              expect(t.deskId).toBe(deskId);
            }
            // And the other way round: nobody is called without a desk holding them.
            const inService = Object.values(o.state.tickets).filter(
              (t) => t.status === 'called' || t.status === 'serving',
            );
            expect(inService.length).toBe(held.length);
          },
          true,
        );
      }),
      RUNS,
    );
  });

  it('(b) issued numbers never repeat within a sector and day', () => {
    fc.assert(
      fc.property(config, day, (cfg, steps) => {
        const o = simulate(cfg, steps, () => {});
        const issued = o.events.flatMap((e) =>
          e.type === 'ticket:issued' ? [`${e.ticket.sectorId}/${e.ticket.number}`] : [],
        );
        expect(new Set(issued).size).toBe(issued.length);
      }),
      RUNS,
    );
  });

  it('(c) under ratio P:R, call-next never calls more than P priority tickets of a sector in a row while a regular one waits', () => {
    const ratio = fc.record({
      priority: fc.integer({ min: 1, max: 3 }),
      regular: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(ratio, fc.boolean(), day, ({ priority, regular }, startOnCall, steps) => {
        const cfg = fixtureConfig({
          policy: { kind: 'ratio', priority, regular },
          startOnCall,
          hours: ALWAYS,
        });
        const streak = new Map<string, number>();
        simulate(cfg, steps, ({ o, events, regularWaiting }) => {
          for (const e of events) {
            if (e.type !== 'ticket:called') continue;
            const t = must(o.state.tickets[e.ticketId]);
            if (t.targetDeskId !== null) continue; // promised to a desk, outside the sector queue
            if (t.priority === null) streak.set(t.sectorId, 0);
            else if (e.mode === 'next' && regularWaiting.has(t.sectorId)) {
              const n = (streak.get(t.sectorId) ?? 0) + 1;
              streak.set(t.sectorId, n);
              expect(n).toBeLessThanOrEqual(priority);
            }
          }
        });
      }),
      RUNS,
    );
  });

  it('(d) after close-day every ticket is final, and a final status never changes again', () => {
    fc.assert(
      fc.property(config, day, (cfg, steps) => {
        const o = simulate(cfg, steps, ({ o, before }) => {
          for (const [id, status] of Object.entries(before)) {
            if ((FINAL_STATUSES as readonly string[]).includes(status))
              expect(o.state.tickets[id]?.status).toBe(status);
          }
        });
        for (const t of Object.values(o.state.tickets)) expect(FINAL_STATUSES).toContain(t.status);
        expect(o.state.activeIds).toEqual([]);
      }),
      RUNS,
    );
  });

  it('(e) replaying all events rebuilds exactly the state built step by step', () => {
    fc.assert(
      fc.property(config, day, fc.boolean(), (cfg, steps, open) => {
        const o = simulate(cfg, steps, () => {}, open);
        expect(replay(cfg, o.events)).toEqual(o.state);
      }),
      RUNS,
    );
  });

  it('(f) activeIds always lists exactly the active tickets, in issue order', () => {
    fc.assert(
      fc.property(config, day, (cfg, steps) => {
        simulate(
          cfg,
          steps,
          ({ o }) => {
            // Ids are "id<n>", not integer-like, so object key order is creation order.
            const expected = Object.values(o.state.tickets)
              .filter(isActive)
              .map((t) => t.id);
            expect(o.state.activeIds).toEqual(expected);
          },
          true,
        );
      }),
      RUNS,
    );
  });

  it("(g) people ahead, counted without sorting, is each waiting ticket's place in the order call-next takes", () => {
    fc.assert(
      fc.property(config, day, (cfg, steps) => {
        simulate(
          cfg,
          steps,
          ({ o }) => {
            const now = o.now;
            for (const sector of o.state.config.sectors) {
              const order = sectorOrder(o.state, sector.id, now);
              order.forEach((t, i) => expect(positionInSector(o.state, t, now)).toBe(i));
            }
          },
          true,
        );
      }),
      RUNS,
    );
  });
});
