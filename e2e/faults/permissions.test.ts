// Every role tries every command it must not have, and 200 clients reconnect at once. The matrix below
// is the spec, written out by hand: it is not read from the handler table it checks.
import { afterAll, describe, expect, it } from 'vitest';
import { inbound, type InboundEvent } from '@kezek/shared';
import { tempDataDir, type ServerProcess } from '../support/server-process.js';
import { call, connect, login, pair, startFastServer, type Client } from './support.js';

type Caller = 'guest' | 'kiosk' | 'display' | 'operator' | 'head';
const STAFF: Caller[] = ['operator', 'head'];
const HEAD: Caller[] = ['head'];
const ALLOWED: Record<string, Caller[]> = {
  'auth:login': ['guest', 'kiosk', 'display', 'operator', 'head'],
  'auth:logout': STAFF,
  'device:request-pairing': ['guest'],
  'device:approve': HEAD,
  'office:snapshot': ['kiosk', 'display', 'operator', 'head'],
  'ticket:issue': ['kiosk', 'operator', 'head'],
  'ticket:cancel': STAFF,
  'desk:open': STAFF,
  'desk:close': STAFF,
  'desk:call-next': STAFF,
  'desk:call-ticket': STAFF,
  'desk:recall': STAFF,
  'desk:start': STAFF,
  'desk:finish': STAFF,
  'desk:no-show': STAFF,
  'desk:return': STAFF,
  'desk:transfer': STAFF,
  'desk:pause': STAFF,
  'desk:resume': STAFF,
  'desk:my-day': STAFF,
  'day:close': HEAD,
  'printer:test': HEAD,
  // Follow-up cases: staff only; an extension is the head's decision.
  'case:list': STAFF,
  'case:get': STAFF,
  'case:open': STAFF,
  'case:edit': STAFF,
  'case:note': STAFF,
  'case:hand-over': STAFF,
  'case:extend': HEAD,
  'case:redirect': STAFF,
  'case:answer': STAFF,
  'case:reopen': STAFF,
  'case:print-receipt': STAFF,
  'case:report': HEAD,
  'case:settings': HEAD,
  'case:save-settings': HEAD,
  'kiosk:help': ['kiosk'],
  // Bookings: staff book callers and see their sectors' bookings; the rules are the head's; only a
  // kiosk checks a visitor in (the public page books over HTTP, not the socket).
  'booking:create': STAFF,
  'booking:cancel': STAFF,
  'booking:list': STAFF,
  'booking:slots': STAFF,
  'booking:settings': HEAD,
  'booking:save-settings': HEAD,
  'kiosk:check-in': ['kiosk'],
};
/** The head's set-up screens: everything under admin: is the head's alone. */
const allowedFor = (event: string): Caller[] | undefined =>
  event.startsWith('admin:') ? HEAD : ALLOWED[event];

let server: ServerProcess | null = null;
afterAll(async () => server?.stop());

describe('roles and reconnects', () => {
  it('refuses every command to every role the spec does not allow it to', async () => {
    server = await startFastServer(tempDataDir('kezek-roles-'));
    const url = server.url;
    const callers: Record<Caller, Client> = {
      guest: await connect(url),
      kiosk: await connect(url, await pair(url, 'kiosk')),
      display: await connect(url, await pair(url, 'display')),
      operator: await connect(url, await login(url, 'op1', 'kezek')),
      head: await connect(url, await login(url, 'head', 'kezek-head')),
    };
    const events = Object.keys(inbound) as InboundEvent[];
    expect(events.filter((e) => !allowedFor(e))).toEqual([]); // a new command needs its line in the spec
    const wrong: string[] = [];
    let tried = 0;
    for (const event of events) {
      for (const [role, socket] of Object.entries(callers) as [Caller, Client][]) {
        if (allowedFor(event)?.includes(role)) continue;
        tried++;
        // The payload does not matter: the role is checked before it is read.
        const r = await call(socket, event, {});
        const expected = role === 'guest' ? 'unauthorized' : 'forbidden';
        if (r.ok || r.error !== expected) wrong.push(`${role} ${event}: ${JSON.stringify(r)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(tried).toBeGreaterThan(40);
    for (const socket of Object.values(callers)) socket.disconnect();
  });

  it("shows a booking's personal data only to the head and the staff of its sector", async () => {
    server ??= await startFastServer(tempDataDir('kezek-booking-roles-'));
    const url = server.url;
    const head = await connect(url, await login(url, 'head', 'kezek-head'));
    const rules = { enabled: true, hours: null, slotMin: 15, perSlot: 5, aheadDays: 30, leadMin: 0 };
    const windows = { perPerson: 5, earlyMin: 30, lateMin: 10 };
    const saved = await call(head, 'booking:save-settings', {
      settings: { rules: { legal: { ...rules, ...windows } } },
    });
    expect(saved.ok).toBe(true);
    // op3 now works desk 5 only (applications); op1 keeps every desk.
    const op3 = {
      id: 'u-op3',
      username: 'op3',
      name: 'Гүлнар',
      role: 'operator',
      active: true,
      password: null,
    };
    expect((await call(head, 'admin:save-user', { ...op3, deskIds: ['desk-5'] })).ok).toBe(true);
    const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const slots = (await (await fetch(`${url}/api/book/slots?sector=legal&day=${day}`)).json()) as {
      slots: { start: string }[];
    };
    const start = slots.slots[0]?.start ?? '';
    const body = { sectorId: 'legal', start, name: 'Асқар', phone: '+7 701 111 22 33', lang: 'kk' };
    const made = await fetch(`${url}/api/book`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(made.status).toBe(201);
    const { code } = (await made.json()) as { code: string };
    const outsider = await connect(url, await login(url, 'op3', 'kezek'));
    const insider = await connect(url, await login(url, 'op1', 'kezek'));
    const phones = async (socket: Client) => {
      const r = await call(socket, 'booking:list', { day });
      return ((r.data as { bookings: { phone: string }[] } | undefined)?.bookings ?? []).map((b) => b.phone);
    };
    expect(await phones(insider)).toEqual(['+7 701 111 22 33']);
    expect(await phones(head)).toEqual(['+7 701 111 22 33']);
    expect(await phones(outsider)).toEqual([]);
    const cancel = await call(outsider, 'booking:cancel', { requestId: 'outsider-cancel-1', code });
    expect(cancel).toEqual({ ok: false, error: 'unknown_booking' });
    // Nothing on the public side lists bookings: only the one code opens one booking.
    expect((await fetch(`${url}/api/book`)).status).toBe(404);
    for (const s of [head, outsider, insider]) s.disconnect();
  });

  it('resyncs all of 200 clients reconnecting at once with a snapshot each', async () => {
    server ??= await startFastServer(tempDataDir('kezek-storm-'));
    const url = server.url;
    const tokens = [await pair(url, 'display'), await pair(url, 'kiosk'), await login(url, 'op2', 'kezek')];
    const first = await Promise.all(Array.from({ length: 200 }, (_, i) => connect(url, tokens[i % 3])));
    for (const s of first) s.disconnect();
    // All at once, as after a Wi-Fi drop: each must be admitted and handed a fresh snapshot.
    const again = await Promise.all(Array.from({ length: 200 }, (_, i) => connect(url, tokens[i % 3])));
    expect(again.filter((s) => s.connected)).toHaveLength(200);
    const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    for (const s of again) s.disconnect();
  }, 120_000);
});
