// A change to who a user is reaches every live socket and every token of that user before it is
// answered: each case holds two sockets open and looks at both, and at the HTTP side with the same token.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { SessionUser, UserView } from '@kezek/shared';
import { actorRoom } from './rooms.js';
import { DEMO_PASSWORDS } from './settings/demo-office.js';
import { expectOk, rid, send, startHarness, type Client, type Harness } from './test-support/harness.js';

let h: Harness;
afterEach(() => h.close());

const tokenOf = (socket: Client): string => (socket.auth as { token: string }).token;

/** Sockets the server still counts as acting for `userId`, read on the server itself. */
const liveSocketsOf = (userId: string): number =>
  h.app.io.sockets.adapter.rooms.get(actorRoom(userId))?.size ?? 0;

function endedOn(socket: Client): Promise<string> {
  return new Promise((resolve) => socket.once('session:ended', resolve));
}

function startedOn(socket: Client): Promise<SessionUser> {
  return new Promise((resolve) => socket.once('session:started', resolve));
}

/**
 * A fresh socket opened with `token`: signed in (its first snapshot) or told its session ended. The
 * listeners go on before the connection, since the server answers in the same breath as it connects.
 */
async function openWith(token: string): Promise<{ socket: Client; admitted: boolean }> {
  const socket: Client = connect(h.url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  h.clients.push(socket);
  const admitted = await Promise.race([
    new Promise<boolean>((resolve) => socket.once('office:snapshot', () => resolve(true))),
    new Promise<boolean>((resolve) => socket.once('session:ended', () => resolve(false))),
  ]);
  return { socket, admitted };
}

const opens = async (token: string): Promise<boolean> => (await openWith(token)).admitted;

/** A second socket signed in with the same token, as a second tab or a reconnect would be. */
async function sameToken(socket: Client): Promise<Client> {
  const twin = await openWith(tokenOf(socket));
  if (!twin.admitted) throw new Error('token refused');
  twin.socket.auth = { token: tokenOf(socket) };
  return twin.socket;
}

async function httpStatus(token: string): Promise<number> {
  const res = await fetch(`${h.url}/api/state`, { headers: { authorization: `Bearer ${token}` } });
  await res.body?.cancel();
  return res.status;
}

/** The user as the head's setup sends it back: every field, changed where asked. */
async function saveUser(
  head: Client,
  username: string,
  change: Partial<UserView>,
  password: string | null = null,
) {
  const { users } = expectOk(await send(head, 'admin:get', {}));
  const user = users.find((u) => u.username === username);
  if (!user) throw new Error(`no user ${username}`);
  const { online: _online, ...fields } = { online: false, ...user, ...change };
  return send(head, 'admin:save-user', { ...fields, password });
}

const userId = (username: string): string =>
  h.settings.data.users.find((u) => u.username === username)?.id ?? '';

/** The server's clock, moved by the expiry case. */
let now = 0;
beforeEach(async () => {
  now = Date.now();
  h = await startHarness({ clock: () => now });
});

describe('ending a session', () => {
  it('logout on one socket hangs up every socket of that token, and the token opens nothing after', async () => {
    const first = await h.staff('op1');
    const second = await sameToken(first);
    const otherLogin = await h.staff('op1');
    const token = tokenOf(first);
    const endedHere = endedOn(first);
    const endedThere = endedOn(second);

    void send(first, 'auth:logout', {}).catch(() => undefined);
    expect(await endedHere).toBe('logged_out');
    expect(await endedThere).toBe('logged_out');
    expect(await opens(token)).toBe(false);
    expect(await httpStatus(token)).toBe(401);
    // A login of its own, on another machine, is another session and stays.
    expectOk(await send(otherLogin, 'desk:open', { requestId: rid(), deskId: 'desk-1' }));
  });

  it('deactivating a user hangs up both of their sockets before the head hears "saved"', async () => {
    const head = await h.staff('head');
    const first = await h.staff('op2');
    const second = await h.staff('op2');
    const endings = [endedOn(first), endedOn(second)];

    expectOk(await saveUser(head, 'op2', { active: false }));
    expect(liveSocketsOf(userId('op2'))).toBe(0);
    expect(await Promise.all(endings)).toEqual(['revoked', 'revoked']);
    expect(await opens(tokenOf(first))).toBe(false);
    expect(await opens(tokenOf(second))).toBe(false);
  });

  it('a password change ends every token made with the old one; the new password signs in', async () => {
    const head = await h.staff('head');
    const first = await h.staff('op3');
    const second = await h.staff('op3');
    const endings = [endedOn(first), endedOn(second)];

    expectOk(await saveUser(head, 'op3', {}, 'a-new-secret-3'));
    expect(liveSocketsOf(userId('op3'))).toBe(0);
    expect(await Promise.all(endings)).toEqual(['revoked', 'revoked']);
    expect(await opens(tokenOf(first))).toBe(false);
    expect(await httpStatus(tokenOf(second))).toBe(401);
    const fresh = await h.client();
    expect(await send(fresh, 'auth:login', { username: 'op3', password: DEMO_PASSWORDS.operator })).toEqual({
      ok: false,
      error: 'bad_credentials',
    });
    expect((await send(fresh, 'auth:login', { username: 'op3', password: 'a-new-secret-3' })).ok).toBe(true);
  });

  it('the head changing their own password stays signed in where they did it, and nowhere else', async () => {
    const here = await h.staff('head');
    const elsewhere = await h.staff('head');
    const ended = endedOn(elsewhere);
    expectOk(await saveUser(here, 'head', {}, 'head-secret-2'));
    expect(await ended).toBe('revoked');
    expectOk(await send(here, 'admin:get', {}));
    expect(await httpStatus(tokenOf(here))).toBe(200);
  });
});

describe('changing who a user is', () => {
  it('a head demoted to operator loses head rights on both live sockets and over HTTP at once', async () => {
    await h.settings.update((s) => {
      const op = s.users.find((u) => u.username === 'op8');
      if (op) op.role = 'head';
    });
    const head = await h.staff('head');
    const first = await h.staff('op8');
    const second = await h.staff('op8');
    const started = [startedOn(first), startedOn(second)];

    expectOk(await saveUser(head, 'op8', { role: 'operator' }));
    expect((await Promise.all(started)).map((a) => a.role)).toEqual(['operator', 'operator']);
    for (const socket of [first, second]) {
      expect(await send(socket, 'admin:get', {})).toEqual({ ok: false, error: 'forbidden' });
      const promote = { id: userId('op8'), username: 'op8', name: 'op8', role: 'head' as const, deskIds: [] };
      expect(await send(socket, 'admin:save-user', { ...promote, active: true, password: null })).toEqual({
        ok: false,
        error: 'forbidden',
      });
    }
    expect(await httpStatus(tokenOf(first))).toBe(403);
    expect(h.settings.data.users.find((u) => u.username === 'op8')?.role).toBe('operator');
    // Still signed in, now as a specialist.
    expectOk(await send(second, 'desk:open', { requestId: rid(), deskId: 'desk-2' }));
  });

  it('restricting a specialist to one desk holds on both live sockets before the head hears "saved"', async () => {
    const head = await h.staff('head');
    const first = await h.staff('op4');
    const second = await h.staff('op4');
    const started = [startedOn(first), startedOn(second)];

    expectOk(await saveUser(head, 'op4', { deskIds: ['desk-4'] }));
    expect((await Promise.all(started)).map((a) => a.deskIds)).toEqual([['desk-4'], ['desk-4']]);
    for (const socket of [first, second]) {
      expect(await send(socket, 'desk:open', { requestId: rid(), deskId: 'desk-7' })).toEqual({
        ok: false,
        error: 'forbidden',
      });
    }
    expectOk(await send(second, 'desk:open', { requestId: rid(), deskId: 'desk-4' }));
  });

  it('closes an idle desk its specialist may no longer work, and keeps one with a visitor in service', async () => {
    const head = await h.staff('head');
    const idle = await h.staff('op6');
    const busy = await h.staff('op7');
    const kiosk = await h.device('kiosk');
    expectOk(await send(idle, 'desk:open', { requestId: rid(), deskId: 'desk-6' }));
    expectOk(await send(busy, 'desk:open', { requestId: rid(), deskId: 'desk-7' }));
    const sectorId = h.settings.data.office.desks.find((d) => d.id === 'desk-7')?.sectorIds[0] ?? '';
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId, lang: 'kk' }));
    expectOk(await send(busy, 'desk:call-next', { requestId: rid(), deskId: 'desk-7' }));

    expectOk(await saveUser(head, 'op6', { deskIds: ['desk-1'] }));
    expect(h.app.office.queue.desks['desk-6']?.status).toBe('closed');
    expectOk(await saveUser(head, 'op7', { active: false }));
    expect(h.app.office.queue.desks['desk-7']?.operatorId).toBe(userId('op7'));
  });
});

describe('a session that ends by itself', () => {
  it('a live socket whose session expired is hung up at its next command', async () => {
    const first = await h.staff('op5');
    const second = await sameToken(first);
    const endings = [endedOn(first), endedOn(second)];
    now += 17 * 60 * 60 * 1000;
    void send(first, 'desk:open', { requestId: rid(), deskId: 'desk-5' }).catch(() => undefined);
    void send(second, 'office:snapshot', {}).catch(() => undefined);
    expect(await Promise.all(endings)).toEqual(['expired', 'expired']);
    expect(h.app.office.queue.desks['desk-5']?.status ?? 'closed').toBe('closed');
  });
});
