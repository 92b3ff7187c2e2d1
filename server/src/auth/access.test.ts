// Pairing codes wait in memory for the head; a stranger requesting codes must not push out a real device's.
import { describe, expect, it } from 'vitest';
import { openMemorySettings } from '../settings/settings-store.js';
import { demoSettingsOnce } from '../test-support/harness.js';
import { Access } from './access.js';

describe('pending pairings', () => {
  it("a flood of pairing requests from one address leaves another address's code approvable", async () => {
    const access = new Access(openMemorySettings(demoSettingsOnce()), Date.now);
    let delivered = '';
    const real = access.requestPairing('kiosk', 'entrance', '10.0.0.20', (p) => (delivered = p.deviceId));
    const flood = Array.from({ length: 2000 }, (_, i) =>
      access.requestPairing('display', `fake ${i}`, '10.0.0.66', () => undefined),
    );
    expect(real).not.toBeNull();
    expect(flood.every((c) => c !== null)).toBe(true);
    const approved = await access.approve(real ?? '');
    expect(approved.ok).toBe(true);
    expect(delivered).toMatch(/^dev-/);
    // The flood only ever pushes out its own codes: its first are gone, its last still wait.
    expect((await access.approve(flood[0] ?? '')).ok).toBe(false);
    expect((await access.approve(flood.at(-1) ?? '')).ok).toBe(true);
  });

  it('refuses new codes, rather than evicting any, once every slot holds a live code', () => {
    const access = new Access(openMemorySettings(demoSettingsOnce()), Date.now);
    const codes = Array.from({ length: 1200 }, (_, i) =>
      access.requestPairing('kiosk', `k${i}`, `10.1.${Math.floor(i / 5)}.${i % 5}`, () => undefined),
    );
    expect(codes.filter((c) => c === null).length).toBe(200);
  });
});
