// What a stranger on the LAN can send cheaply: password guesses, many sockets of one identity, many
// connections from one machine. Each is held by the server without silencing the office.
import { afterEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { DEMO_PASSWORDS } from './settings/demo-office.js';
import { send, startHarness, type Client, type Harness } from './test-support/harness.js';

let h: Harness;
afterEach(() => h.close());

describe('password guessing', () => {
  it('300 wrong passwords leave the right one refused until the growing delay has passed', async () => {
    let now = Date.now();
    h = await startHarness({ clock: () => now });
    const answers = new Map<string, number>();
    // Several sockets, as a script would open, so the per-socket command limit is not what stops it.
    const guessers = await Promise.all(Array.from({ length: 10 }, () => h.client()));
    await Promise.all(
      guessers.map(async (socket, s) => {
        for (let i = 0; i < 30; i++) {
          const r = await send(socket, 'auth:login', { username: 'op1', password: `guess-${s}-${i}` });
          const key = r.ok ? 'signed_in' : r.error;
          answers.set(key, (answers.get(key) ?? 0) + 1);
        }
      }),
    );
    expect(answers.get('signed_in')).toBeUndefined();
    expect(answers.get('rate_limited') ?? 0).toBeGreaterThan(250);
    const right = { username: 'op1', password: DEMO_PASSWORDS.operator };
    expect(await send(guessers[0] as Client, 'auth:login', right)).toEqual({
      ok: false,
      error: 'rate_limited',
    });
    now += 6 * 60_000;
    expect((await send(guessers[0] as Client, 'auth:login', right)).ok).toBe(true);
  });

  it('guessing across many names from one address slows that address for every name', async () => {
    h = await startHarness();
    const socket = await h.client();
    for (let i = 0; i < 25; i++) await send(socket, 'auth:login', { username: `name${i}`, password: 'x' });
    expect(await send(socket, 'auth:login', { username: 'op2', password: DEMO_PASSWORDS.operator })).toEqual({
      ok: false,
      error: 'rate_limited',
    });
  });
});

describe('limits per identity, not per socket', () => {
  it("four sockets of one kiosk token share that kiosk's one allowance", async () => {
    h = await startHarness();
    const kiosk = await h.device('kiosk');
    const token = (kiosk.auth as { token: string }).token;
    const twins = [kiosk, ...(await Promise.all(Array.from({ length: 3 }, () => h.client(token))))];
    await new Promise((r) => setTimeout(r, 100)); // the twins are admitted
    const results = await Promise.all(
      twins.flatMap((socket) => Array.from({ length: 30 }, () => send(socket, 'office:snapshot', {}))),
    );
    const ok = results.filter((r) => r.ok).length;
    // 120 sent at once: one burst of 40 (and what trickles back in meanwhile) passes, not 4 x 30.
    expect(ok).toBeLessThan(80);
    expect(results.filter((r) => !r.ok && r.error === 'rate_limited').length).toBe(120 - ok);
  });
});

describe('pairing', () => {
  it("pairs twenty screens on the server's own machine starting at once, despite the per-address cap", async () => {
    h = await startHarness();
    const screens = await Promise.all(Array.from({ length: 20 }, () => h.client()));
    const paired = screens.map(
      (s) => new Promise<string>((resolve) => s.once('device:paired', (p) => resolve(p.deviceId))),
    );
    await Promise.all(
      screens.map((s, i) => send(s, 'device:request-pairing', { kind: 'display', name: `screen ${i}` })),
    );
    expect(new Set(await Promise.all(paired)).size).toBe(20);
  });
});

describe('connections per address', () => {
  it('refuses a connection over the cap and takes one again once another closed', async () => {
    h = await startHarness({ connectionCaps: { remote: 32, local: 3 } });
    const open = await Promise.all([h.client(), h.client(), h.client()]);
    const over = () =>
      new Promise<string>((resolve) => {
        const socket: Client = connect(h.url, {
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
        });
        h.clients.push(socket);
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', () => resolve('refused'));
      });
    expect(await over()).toBe('refused');
    open[0]?.disconnect();
    await expect.poll(over, { interval: 100, timeout: 5000 }).toBe('connected');
  });
});
