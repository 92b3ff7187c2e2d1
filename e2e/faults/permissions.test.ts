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
  'case:save-desk-printers': HEAD,
  'kiosk:help': ['kiosk'],
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
