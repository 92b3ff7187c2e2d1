// Wrong roles, hostile payloads and lost sessions: each gets an error code and the server keeps serving.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryDayStore } from './office/day-store.js';
import { expectOk, rid, send, startHarness, type Client, type Harness } from './test-support/harness.js';

let h: Harness;
afterEach(() => h.close());

/** Sends anything at all, as a hostile client would, bypassing the typed helper. */
function raw(socket: Client, event: string, payload: unknown): Promise<unknown> {
  const loose = socket.timeout(3000) as unknown as { emitWithAck(e: string, p: unknown): Promise<unknown> };
  return loose.emitWithAck(event, payload);
}

describe('roles', () => {
  beforeEach(async () => {
    h = await startHarness();
  });

  it('refuse commands outside a role with forbidden, and anything before sign-in with unauthorized', async () => {
    const guest = await h.client();
    const kiosk = await h.device('kiosk');
    const display = await h.device('display');
    const op = await h.staff('op2');
    const issue = { requestId: rid(), sectorId: 'legal', lang: 'kk' } as const;
    expect(await send(guest, 'ticket:issue', issue)).toEqual({ ok: false, error: 'unauthorized' });
    expect(await send(guest, 'office:snapshot', {})).toEqual({ ok: false, error: 'unauthorized' });
    expect(await send(display, 'ticket:issue', issue)).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(kiosk, 'desk:call-next', { requestId: rid(), deskId: 'desk-1' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await send(op, 'day:close', { requestId: rid() })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(op, 'device:approve', { code: '123456' })).toEqual({ ok: false, error: 'forbidden' });
    expect(Object.keys(h.app.office.queue.tickets)).toHaveLength(0);
  });

  it('refuse a wrong password without saying whether the user exists', async () => {
    const guest = await h.client();
    expect(await send(guest, 'auth:login', { username: 'op1', password: 'nope' })).toEqual({
      ok: false,
      error: 'bad_credentials',
    });
    expect(await send(guest, 'auth:login', { username: 'nobody', password: 'nope' })).toEqual({
      ok: false,
      error: 'bad_credentials',
    });
  });

  it('tell a client with a stale token that its session ended, and treat it as a guest', async () => {
    const guest = await h.client();
    const ended = new Promise((resolve) => guest.once('session:ended', resolve));
    guest.auth = { token: 'x'.repeat(43) };
    guest.disconnect().connect();
    expect(await ended).toBe('expired');
    expect(await send(guest, 'office:snapshot', {})).toEqual({ ok: false, error: 'unauthorized' });
  });

  it('let an operator work only the desks assigned to them', async () => {
    await h.settings.update((s) => {
      const op = s.users.find((u) => u.username === 'op3');
      if (op) op.deskIds = ['desk-3'];
    });
    const op = await h.staff('op3');
    expect(await send(op, 'desk:open', { requestId: rid(), deskId: 'desk-7' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expectOk(await send(op, 'desk:open', { requestId: rid(), deskId: 'desk-3' }));
  });
});

describe('hostile payloads', () => {
  beforeEach(async () => {
    h = await startHarness();
  });

  it('get invalid_payload for wrong types, unknown fields, huge strings and prototype keys', async () => {
    const kiosk = await h.device('kiosk');
    const bad: unknown[] = [
      null,
      42,
      'ticket',
      [],
      { requestId: rid(), sectorId: 7, lang: 'kk' },
      { requestId: rid(), sectorId: 'legal', lang: 'de' },
      { requestId: rid(), sectorId: 'legal', lang: 'kk', extra: true },
      { requestId: rid(), sectorId: 'x'.repeat(10_000), lang: 'kk' },
      { requestId: 'short', sectorId: 'legal', lang: 'kk' },
      JSON.parse(`{"requestId":"${rid()}","sectorId":"legal","lang":"kk","__proto__":{"admin":true}}`),
      { requestId: rid(), sectorId: 'legal', lang: 'kk', constructor: { prototype: { admin: true } } },
    ];
    for (const payload of bad) {
      expect(await raw(kiosk, 'ticket:issue', payload)).toEqual({ ok: false, error: 'invalid_payload' });
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.keys(h.app.office.queue.tickets)).toHaveLength(0);
    // Still serving:
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' }));
  });

  it('get refused without an answer when no ack is asked for, and unknown events are ignored', async () => {
    const kiosk = await h.device('kiosk');
    const loose = kiosk as unknown as { emit(e: string, p: unknown): void };
    loose.emit('ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' });
    loose.emit('admin:drop-tables', {});
    expectOk(await send(kiosk, 'office:snapshot', {}));
    expect(Object.keys(h.app.office.queue.tickets)).toHaveLength(0);
  });

  it('get rate_limited when a client floods, while other clients are served', async () => {
    const flood = await h.device('kiosk');
    const calm = await h.device('kiosk');
    const results = await Promise.all(Array.from({ length: 80 }, () => send(flood, 'office:snapshot', {})));
    expect(results.filter((r) => !r.ok && r.error === 'rate_limited').length).toBeGreaterThan(0);
    expectOk(await send(calm, 'office:snapshot', {}));
  });
});

describe('a disk that stops writing', () => {
  it('answers storage_failed, loses no acknowledged ticket, and recovers when the disk is back', async () => {
    const store = memoryDayStore();
    h = await startHarness({ store });
    const kiosk = await h.device('kiosk');
    const first = expectOk(
      await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' }),
    );
    store.failNextAppends = 1;
    expect(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' })).toEqual({
      ok: false,
      error: 'storage_failed',
    });
    const next = expectOk(
      await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' }),
    );
    // The refused ticket was never acknowledged, so its number is given again; A001 is kept.
    expect([first.ticket.number, next.ticket.number]).toEqual(['A001', 'A002']);
    expect(Object.values(h.app.office.queue.tickets).map((t) => t.number)).toEqual(['A001', 'A002']);
  });
});
