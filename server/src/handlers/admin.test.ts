// The head's setup over real sockets: validation, the audit log, and changes reaching kiosks live.
import { afterEach, describe, expect, it } from 'vitest';
import type { OfficeSnapshot } from '@kezek/shared';
import { expectOk, nextSnapshot, rid, send, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness;
afterEach(async () => h?.close());

describe('admin setup', () => {
  it("gives the head the region hub link's status with the setup, and null without a hub", async () => {
    const link = {
      hubUrl: 'http://hub.region.kz:8090/',
      state: 'retrying' as const,
      lastDeliveredAt: 1_700_000_000_000,
      pending: 12,
      lastError: 'unreachable' as const,
      lastErrorAt: 1_700_000_060_000,
    };
    h = await startHarness({ hubLink: () => link });
    expect(expectOk(await send(await h.staff('head'), 'admin:get', {})).hubLink).toEqual(link);
    await h.close();
    h = await startHarness();
    expect(expectOk(await send(await h.staff('head'), 'admin:get', {})).hubLink).toBeNull();
  });

  it('renames a sector: the kiosk gets a fresh snapshot with the new name and the audit log says who did it', async () => {
    h = await startHarness();
    const head = await h.staff('head');
    const kiosk = await h.device('kiosk');
    const state = expectOk(await send(head, 'admin:get', {}));
    const config = structuredClone(state.config);
    const civil = config.sectors.find((s) => s.id === 'civil-registry');
    if (!civil) throw new Error('demo office without civil registry');
    civil.names.ru = 'ЗАГС';

    const seen = nextSnapshot(kiosk);
    expectOk(await send(head, 'admin:save-office', { requestId: rid(), config }));
    const snapshot: OfficeSnapshot = await seen;
    expect(snapshot.office.sectors.find((s) => s.id === 'civil-registry')?.names.ru).toBe('ЗАГС');
    expect(h.settings.data.office.sectors.find((s) => s.id === 'civil-registry')?.names.ru).toBe('ЗАГС');

    const audit = expectOk(await send(head, 'admin:audit', {}));
    expect(audit[0]).toMatchObject({ actorName: expect.any(String), action: 'office' });
    expect(audit[0]?.summary).toContain('sectors[civil-registry].names.ru');
  });

  it('refuses a set-up that fails validation and writes nothing to the audit log', async () => {
    h = await startHarness();
    const head = await h.staff('head');
    const { config } = expectOk(await send(head, 'admin:get', {}));
    const twoSameLetters = structuredClone(config);
    const [first, second] = twoSameLetters.sectors;
    if (!first || !second) throw new Error('demo office too small');
    second.letter = first.letter;
    expect(await send(head, 'admin:save-office', { requestId: rid(), config: twoSameLetters })).toEqual({
      ok: false,
      error: 'invalid_config',
    });
    const badShape = { ...config, sectors: [{ ...first, letter: 'ab' }] };
    expect(await send(head, 'admin:save-office', { requestId: rid(), config: badShape })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(expectOk(await send(head, 'admin:audit', {}))).toEqual([]);
  });

  it('keeps the setup to the head: a specialist is forbidden', async () => {
    h = await startHarness();
    const op = await h.staff('op1');
    expect(await send(op, 'admin:get', {})).toEqual({ ok: false, error: 'forbidden' });
  });

  it('adds a user who can then log in, and revoking a device ends its session', async () => {
    h = await startHarness();
    const head = await h.staff('head');
    const added = expectOk(
      await send(head, 'admin:save-user', {
        id: null,
        username: 'op9',
        name: 'Жаңа маман',
        role: 'operator',
        deskIds: [],
        active: true,
        password: 'secret-9',
      }),
    );
    expect(added.id).toBeTruthy();
    const fresh = await h.client();
    expect((await send(fresh, 'auth:login', { username: 'op9', password: 'secret-9' })).ok).toBe(true);

    const kiosk = await h.device('kiosk');
    const deviceId = h.settings.data.devices.at(-1)?.id ?? '';
    const ended = new Promise<string>((resolve) => kiosk.once('session:ended', resolve));
    expectOk(await send(head, 'admin:device-update', { deviceId, revoked: true }));
    expect(await ended).toBe('revoked');
    const audit = expectOk(await send(head, 'admin:audit', {}));
    expect(audit.map((a) => a.action)).toEqual(['device', 'user']);
  });
});
