// A kiosk or display that is not on the server's own machine waits until the head confirms its code.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevicePaired } from '@kezek/shared';
import { expectOk, nextSnapshot, rid, send, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await h.settings.update((s) => void (s.autoPairLocal = false));
});
afterEach(() => h.close());

describe('device pairing', () => {
  it('gives a device its token only after the head confirms the code it shows', async () => {
    const display = await h.client();
    let paired: DevicePaired | null = null;
    display.on('device:paired', (p) => (paired = p));
    const { code } = expectOk(
      await send(display, 'device:request-pairing', { kind: 'display', name: 'Hall TV' }),
    );
    expect(code).toMatch(/^\d{6}$/);
    await new Promise((r) => setTimeout(r, 100));
    expect(paired).toBeNull();
    expect(await send(display, 'office:snapshot', {})).toEqual({ ok: false, error: 'unauthorized' });

    const head = await h.staff('head');
    const snapshot = nextSnapshot(display);
    expectOk(await send(head, 'device:approve', { code }));
    await snapshot;
    expect(paired).toMatchObject({ kind: 'display' });
    expect(h.settings.data.devices.map((d) => d.name)).toEqual(['Hall TV']);
    expectOk(await send(display, 'office:snapshot', {}));
    // A display may watch, never issue.
    expect(await send(display, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
  });

  it('refuses an unknown or already used code', async () => {
    const head = await h.staff('head');
    expect(await send(head, 'device:approve', { code: '000000' })).toEqual({
      ok: false,
      error: 'pairing_unknown',
    });
    const kiosk = await h.client();
    const { code } = expectOk(
      await send(kiosk, 'device:request-pairing', { kind: 'kiosk', name: 'Entrance' }),
    );
    expectOk(await send(head, 'device:approve', { code }));
    expect(await send(head, 'device:approve', { code })).toEqual({ ok: false, error: 'pairing_unknown' });
  });
});
