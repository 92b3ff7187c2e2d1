// A disk that stops taking the day's journal is the head's problem at once, not only the visitor's.
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '@kezek/shared';
import { memoryDayStore } from '../office/day-store.js';
import { expectOk, rid, send, startHarness, type Harness } from '../test-support/harness.js';
import { STORAGE_ALERT_EVERY_MS } from './alert-monitor.js';

let h: Harness;
afterEach(async () => h?.close());

describe('a failing disk', () => {
  it('raises one storage alert to the head while commands fail, and another only after a quiet spell', async () => {
    const clock = { now: Date.UTC(2026, 2, 2, 5, 0) };
    const store = memoryDayStore();
    h = await startHarness({ store, clock: () => clock.now });
    const head = await h.staff('head');
    const kiosk = await h.device('kiosk');
    const seen: Alert[] = [];
    head.on('alert:raised', (a) => seen.push(a));
    const issue = () => send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'kk' });

    store.failNextAppends = 3;
    for (let i = 0; i < 3; i++) expect(await issue()).toEqual({ ok: false, error: 'storage_failed' });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toMatchObject({ kind: 'storage_failed', subjectId: 'journal' });
    expectOk(await issue()); // the disk took it again

    clock.now += STORAGE_ALERT_EVERY_MS;
    store.failNextAppends = 1;
    expect(await issue()).toEqual({ ok: false, error: 'storage_failed' });
    await expect.poll(() => seen.length).toBe(2);
    expect(expectOk(await send(head, 'admin:alerts', {})).map((a) => a.kind)).toEqual([
      'storage_failed',
      'storage_failed',
    ]);
  });
});
