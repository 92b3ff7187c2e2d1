// A big city centre's day: 5,000 visitors, 30 desks, over 40,000 events. Replay must stay linear
// in practice (evolve works in place); the duration is printed, not asserted, as machines differ.
import { describe, expect, it } from 'vitest';
import type { Command } from './commands.js';
import { replay } from './evolve.js';
import { ALWAYS, fixtureConfig, must, Office } from './test-fixture.js';
import type { OfficeConfig } from './types.js';

const VISITORS = 5000;
const DESKS = 30;

function bigOffice(): OfficeConfig {
  const base = fixtureConfig({ hours: ALWAYS, policy: { kind: 'ratio', priority: 1, regular: 2 } });
  const template = must(base.sectors[1]);
  const sectors = 'ABCDEF'.split('').map((letter) => ({ ...template, id: `s${letter}`, letter }));
  const desks = Array.from({ length: DESKS }, (_, i) => ({
    id: `desk${i + 1}`,
    number: i + 1,
    // Every third desk is shared between two sectors, as in a real hall.
    sectorIds: i % 3 === 0 ? [`s${'ABCDEF'[i % 6]}`, `s${'ABCDEF'[(i + 1) % 6]}`] : [`s${'ABCDEF'[i % 6]}`],
    sectorWeights: {},
  }));
  return { ...base, sectors, desks };
}

/** One step of a desk's routine: call, recall twice, start, then finish, transfer or no-show; pauses between. */
function deskAction(o: Office, deskId: string, turn: number): Command {
  const ticketId = o.state.desks[deskId]?.ticketId;
  const operatorId = `op-${deskId}`;
  if (!ticketId) {
    // Short paperwork pauses between visitors, as staff really take them.
    if (o.state.desks[deskId]?.status === 'paused') return { type: 'resume', deskId };
    if (Math.floor(turn / DESKS) % 4 === 0) return { type: 'pause', deskId, reason: 'paperwork' };
    return { type: 'call-next', deskId, operatorId };
  }
  const t = o.ticket(ticketId);
  if (t.status === 'called') return t.calls < 3 ? { type: 'recall', deskId } : { type: 'start', deskId };
  if (turn % 5 === 0 && t.firstLegId === null) {
    const toSectorId = t.sectorId === 'sA' ? 'sB' : 'sA';
    return { type: 'transfer', deskId, toSectorId, toDeskId: null, note: null };
  }
  if (turn % 23 === 0) return { type: 'no-show', deskId };
  return { type: 'finish', deskId, outcome: 'solved', note: null, callNext: false, operatorId };
}

function generateDay(): Office {
  const config = bigOffice();
  const o = new Office(config);
  for (const d of config.desks) o.openDesk(d.id);
  let issued = 0;
  // The cap only guards against a routine that stops calling: a hung test tells nobody anything.
  for (let turn = 0; (issued < VISITORS || o.state.activeIds.length > 0) && turn < 1_000_000; turn++) {
    o.advance(4_000);
    if (issued < VISITORS) {
      const sectorId = `s${'ABCDEF'[issued % 6]}`;
      o.ok({
        type: 'issue',
        sectorId,
        serviceId: null,
        priority: issued % 7 === 0 ? 'elderly' : null,
        lang: 'kk',
        source: 'k',
      });
      issued++;
    }
    const deskId = `desk${(turn % DESKS) + 1}`;
    o.run(deskAction(o, deskId, turn));
  }
  o.ok({ type: 'close-day' });
  return o;
}

describe('replay at scale', () => {
  it('replays a generated 40,000-event, 5,000-ticket day', () => {
    const o = generateDay();
    const issued = o.events.filter((e) => e.type === 'ticket:issued').length;
    expect(issued).toBe(VISITORS);
    expect(o.events.length).toBeGreaterThanOrEqual(40_000);

    const started = performance.now();
    const state = replay(o.config, o.events);
    const ms = performance.now() - started;
    console.log(`replay of ${o.events.length} events, ${issued} tickets: ${ms.toFixed(1)} ms`);
    expect(state).toEqual(o.state);
    // Generating the day is most of the time: on a loaded 2-core machine it has taken over 20 s.
  }, 90_000);
});
