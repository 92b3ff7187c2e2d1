// Alerts reach the head's sockets as they happen, once per ticket.
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '@kezek/shared';
import { openMemorySettings } from '../settings/settings-store.js';
import {
  demoSettingsOnce,
  expectOk,
  rid,
  send,
  startHarness,
  type Harness,
} from '../test-support/harness.js';

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

  it('holds a ticket to its service’s own wait norm, and one without a service to the sector’s', async () => {
    const clock = { now: Date.UTC(2026, 2, 2, 5, 0) };
    h = await startHarness({ clock: () => clock.now, settings: openMemorySettings(withPensionNorms()) });
    const head = await h.staff('head');
    const kiosk = await h.device('kiosk');
    const seen: Alert[] = [];
    head.on('alert:raised', (a) => seen.push(a));
    const issue = async (serviceId: string | null) =>
      expectOk(
        await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', serviceId, lang: 'kk' }),
      );

    await issue('pension'); // A001, held to 5 minutes
    await issue(null); // A002, held to legal's 15
    clock.now += 6 * 60_000;
    await issue(null);
    await expect.poll(() => seen.map((a) => a.detail)).toEqual(['A001 · 6']);
    clock.now += 10 * 60_000;
    await issue(null);
    await expect.poll(() => seen.map((a) => a.detail)).toEqual(['A001 · 6', 'A002 · 16']);
    expect(new Set(seen.map((a) => a.kind))).toEqual(new Set(['wait_over_target']));
  });

  it('raises a visit at a desk running past its service’s time norm once, naming the desk', async () => {
    const clock = { now: Date.UTC(2026, 2, 2, 5, 0) };
    h = await startHarness({ clock: () => clock.now, settings: openMemorySettings(withPensionNorms()) });
    const head = await h.staff('head');
    const op = await h.staff('op1');
    const kiosk = await h.device('kiosk');
    const seen: Alert[] = [];
    head.on('alert:raised', (a) => a.kind === 'service_over_norm' && seen.push(a));
    const desk = { deskId: 'desk-1' };
    expectOk(
      await send(kiosk, 'ticket:issue', {
        requestId: rid(),
        sectorId: 'legal',
        serviceId: 'pension',
        lang: 'ru',
      }),
    );
    expectOk(await send(op, 'desk:open', { requestId: rid(), ...desk }));
    expectOk(await send(op, 'desk:call-next', { requestId: rid(), ...desk }));
    expectOk(await send(op, 'desk:start', { requestId: rid(), ...desk }));

    clock.now += 9 * 60_000; // within pension's 10 minutes
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }));
    clock.now += 2 * 60_000;
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }));
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }));
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toMatchObject({ subjectId: 'desk-1', detail: 'A001 · 11' });

    // The next visit has no service and legal sets no service-time norm: it may take as long as it takes.
    expectOk(await send(op, 'desk:finish', { requestId: rid(), ...desk, outcome: 'solved', note: '' }));
    expectOk(await send(op, 'desk:call-next', { requestId: rid(), ...desk }));
    expectOk(await send(op, 'desk:start', { requestId: rid(), ...desk }));
    clock.now += 60 * 60_000;
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }));
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toHaveLength(1);
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

/** The demo office with a legal "pension" service of its own norms: 5 minutes' wait, 10 of service. */
function withPensionNorms() {
  const settings = demoSettingsOnce();
  const legal = settings.office.sectors.find((s) => s.id === 'legal');
  if (!legal) throw new Error('the demo office has a legal sector');
  legal.services = [
    {
      id: 'pension',
      names: { kk: 'Зейнетақы', ru: 'Пенсия', en: 'Pension' },
      maxWaitMin: 5,
      maxServiceMin: 10,
    },
  ];
  return settings;
}
