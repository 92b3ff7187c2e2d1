// Alerts reach the head's sockets as they happen, once per ticket.
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '@kezek/shared';
import { expectOk, rid, send, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness;
afterEach(async () => h?.close());

describe('the alert monitor', () => {
  it('raises a wait over the sector target to the head once per ticket, not to specialists', async () => {
    const clock = { now: Date.UTC(2026, 2, 2, 5, 0) };
    h = await startHarness({ clock: () => clock.now });
    const head = await h.staff('head');
    const op = await h.staff('op1');
    const kiosk = await h.device('kiosk');
    const seen: Alert[] = [];
    head.on('alert:raised', (a) => seen.push(a));
    let opSaw = 0;
    op.on('alert:raised', () => opSaw++);

    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' }));
    clock.now += 16 * 60_000; // legal's target is 15 minutes
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' }));
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' }));
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toMatchObject({ kind: 'wait_over_target', subjectId: 'legal', detail: 'A001 · 16' });
    expect(expectOk(await send(head, 'admin:alerts', {}))).toHaveLength(1);
    expect(opSaw).toBe(0);
  });

  it('tells the head when a paired display drops and stays away, not when it comes straight back', async () => {
    h = await startHarness({ offlineAfterMs: 300 });
    const head = await h.staff('head');
    const seen: Alert[] = [];
    head.on('alert:raised', (a) => seen.push(a));
    const display = await h.device('display');
    const kiosk = await h.device('kiosk');
    const { devices } = expectOk(await send(head, 'admin:get', {}));
    const displayId = devices.find((d) => d.kind === 'display')?.id;

    // The kiosk blinks: back well within the grace, so nobody is bothered.
    kiosk.disconnect();
    kiosk.connect();
    await new Promise<void>((r) => kiosk.once('office:snapshot', () => r()));
    display.disconnect();
    await expect.poll(() => seen.length, { timeout: 5000 }).toBe(1);
    expect(seen[0]).toMatchObject({ kind: 'device_offline', subjectId: displayId, detail: 'display test' });
    const listed = expectOk(await send(head, 'admin:get', {})).devices;
    expect(listed.find((d) => d.id === displayId)?.online).toBe(false);
    expect(listed.find((d) => d.kind === 'kiosk')?.online).toBe(true);
    expect(expectOk(await send(head, 'admin:alerts', {})).map((a) => a.kind)).toEqual(['device_offline']);
  });
});
