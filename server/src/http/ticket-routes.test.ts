// The phone's view of a ticket over plain HTTP against a real server: live status, the call, one rating.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, rid, send, startHarness, type Client, type Harness } from '../test-support/harness.js';

let h: Harness;
let kiosk: Client;
let op: Client;

beforeAll(async () => {
  h = await startHarness();
  kiosk = await h.device('kiosk');
  op = await h.staff('op1');
});
afterAll(() => h?.close());

const get = (path: string) => fetch(`${h.url}${path}`);
const rate = (code: string, body: unknown) =>
  fetch(`${h.url}/api/tickets/${code}/rating`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the ticket status page', () => {
  it('answers 404 JSON for an unknown code', async () => {
    const res = await get('/api/tickets/nosuchcode');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'unknown_ticket' });
  });

  it('follows a visit from waiting to called at desk 1 to finished, and takes exactly one rating', async () => {
    const issue = (lang: 'kk' | 'en') =>
      send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang }).then(expectOk);
    await issue('kk');
    const mine = await issue('en');
    const waiting = await (await get(`/api/tickets/${mine.code}`)).json();
    expect(waiting).toMatchObject({
      number: mine.ticket.number,
      lang: 'en',
      status: 'waiting',
      peopleAhead: 1,
    });
    expect(await rate(mine.code, { stars: 5 }).then((r) => r.json())).toEqual({
      error: 'ticket_not_finished',
    });

    expectOk(await send(op, 'desk:open', { requestId: rid(), deskId: 'desk-1' }));
    expectOk(await send(op, 'desk:call-next', { requestId: rid(), deskId: 'desk-1' }));
    expectOk(await send(op, 'desk:start', { requestId: rid(), deskId: 'desk-1' }));
    expectOk(
      await send(op, 'desk:finish', {
        requestId: rid(),
        deskId: 'desk-1',
        outcome: 'solved',
        callNext: true,
      }),
    );
    const called = await (await get(`/api/tickets/${mine.code}`)).json();
    expect(called).toMatchObject({ status: expect.stringMatching(/called|serving/), deskNumber: 1 });

    expectOk(await send(op, 'desk:start', { requestId: rid(), deskId: 'desk-1' }));
    expectOk(await send(op, 'desk:finish', { requestId: rid(), deskId: 'desk-1', outcome: 'consulted' }));
    expect(await (await get(`/api/tickets/${mine.code}`)).json()).toMatchObject({
      status: 'finished',
      canRate: true,
    });
    expect((await rate(mine.code, { stars: 9 })).status).toBe(400);
    expect((await rate(mine.code, { stars: 4, comment: 'Жақсы қызмет, рақмет' })).status).toBe(200);
    const second = await rate(mine.code, { stars: 1 });
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: 'already_rated' });
    expect(await (await get(`/api/tickets/${mine.code}`)).json()).toMatchObject({
      canRate: false,
      rating: 4,
    });
  });

  it('refuses a rating body over 2 kB and serves the QR code as SVG', async () => {
    const t = expectOk(
      await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }),
    );
    expect((await rate(t.code, { stars: 5, comment: 'x'.repeat(5000) })).status).toBe(413);
    const qr = await get(`/api/tickets/${t.code}/qr.svg`);
    expect(qr.headers.get('content-type')).toBe('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg/);
  });
});
