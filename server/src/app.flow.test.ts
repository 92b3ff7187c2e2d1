// One visitor from kiosk to desk to display, over a real server and real Socket.IO clients.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallChanged } from '@kezek/shared';
import {
  expectOk,
  nextSnapshot,
  rid,
  send,
  startHarness,
  type Client,
  type Harness,
} from './test-support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

function changes(socket: Client): HallChanged[] {
  const seen: HallChanged[] = [];
  socket.on('hall:changed', (c) => seen.push(c));
  return seen;
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('a visitor from kiosk to desk', () => {
  it('is issued a ticket, called by an operator, and every display hears the call', async () => {
    const kiosk = await h.device('kiosk');
    const displays = [await h.device('display'), await h.device('display')];
    const heard = displays.map(changes);
    const op = await h.staff('op1');

    const issued = expectOk(
      await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'civil-registry', lang: 'kk' }),
    );
    expect(issued.ticket.number).toBe('C001');
    expect(issued.peopleAhead).toBe(0);

    expectOk(await send(op, 'desk:open', { requestId: rid(), deskId: 'desk-3' }));
    const called = expectOk(await send(op, 'desk:call-next', { requestId: rid(), deskId: 'desk-3' }));
    expect(called.number).toBe('C001');

    await until(() => heard.every((seen) => seen.some((c) => c.calls.length > 0)));
    for (const seen of heard) {
      const call = seen.flatMap((c) => c.calls)[0];
      expect(call).toMatchObject({ number: 'C001', deskNumber: 3, lang: 'kk', recall: false });
    }
  });

  it('sends the whole picture again on reconnect, including the calls made meanwhile', async () => {
    const kiosk = await h.device('kiosk');
    const op = await h.staff('op1');
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }));
    expectOk(await send(op, 'desk:open', { requestId: rid(), deskId: 'desk-1' }));
    expectOk(await send(op, 'desk:call-next', { requestId: rid(), deskId: 'desk-1' }));

    const display = await h.device('display');
    const again = nextSnapshot(display);
    display.disconnect().connect();
    const snapshot = await again;
    expect(snapshot.recentCalls[0]).toMatchObject({ number: 'A001', deskNumber: 1 });
    expect(snapshot.hall.desks.find((d) => d.id === 'desk-1')?.ticket?.number).toBe('A001');
  });

  it('answers a retried request with the first answer instead of issuing twice', async () => {
    const kiosk = await h.device('kiosk');
    const requestId = rid();
    const [a, b] = await Promise.all([
      send(kiosk, 'ticket:issue', { requestId, sectorId: 'legal', lang: 'en' }),
      send(kiosk, 'ticket:issue', { requestId, sectorId: 'legal', lang: 'en' }),
    ]);
    const c = await send(kiosk, 'ticket:issue', { requestId, sectorId: 'legal', lang: 'en' });
    expect(expectOk(a).ticket.id).toBe(expectOk(b).ticket.id);
    expect(expectOk(c).ticket.id).toBe(expectOk(a).ticket.id);
    expect(Object.keys(h.app.office.queue.tickets)).toHaveLength(1);
  });

  it('never gives two desks pressing call-next together the same ticket', async () => {
    const kiosk = await h.device('kiosk');
    for (let i = 0; i < 4; i++) {
      expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'applications', lang: 'kk' }));
    }
    const ops = await Promise.all(['op1', 'op2', 'op3', 'op4'].map((u) => h.staff(u)));
    const desks = ['desk-4', 'desk-5', 'desk-8', 'desk-3'];
    await Promise.all(
      ops.map((op, i) => send(op, 'desk:open', { requestId: rid(), deskId: desks[i] ?? '' })),
    );
    const results = await Promise.all(
      ops.map((op, i) => send(op, 'desk:call-next', { requestId: rid(), deskId: desks[i] ?? '' })),
    );
    // desk-3 serves civil registration only: nothing for it.
    expect(results[3]).toEqual({ ok: false, error: 'queue_empty' });
    const numbers = results.slice(0, 3).map((r) => expectOk(r).number);
    expect(new Set(numbers).size).toBe(3);
  });

  it('sends the next tickets to staff only: kiosks and displays get the counts without the lists', async () => {
    const kiosk = await h.device('kiosk');
    const display = await h.device('display');
    const op = await h.staff('op1');
    const heard = { display: changes(display), op: changes(op) };
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' }));
    await until(() => heard.display.length > 0 && heard.op.length > 0);
    const legal = (c: HallChanged[]) => c.at(-1)?.hall.sectors.find((s) => s.id === 'legal');
    expect(legal(heard.op)).toMatchObject({ waiting: 1, next: [{ number: 'A001' }] });
    expect(legal(heard.display)).toMatchObject({ waiting: 1, next: [] });
    expect(expectOk(await send(display, 'office:snapshot', {})).hall.sectors[0]?.next).toEqual([]);
    expect(expectOk(await send(op, 'office:snapshot', {})).hall.sectors[0]?.next).toHaveLength(1);
  });
});
