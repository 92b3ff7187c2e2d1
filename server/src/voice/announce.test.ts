// Calls reach displays with what the hall hears, over a real server and real Socket.IO clients.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallView } from '@kezek/shared';
import { expectOk, nextSnapshot, rid, send, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const clipNames = (urls: string[]) => urls.map((u) => u.replace(/^\/voice\//, ''));

describe('announcements on calls', () => {
  it('a Russian ticket is announced in Russian first, then in the office’s other languages in order', async () => {
    const kiosk = await h.device('kiosk');
    const display = await h.device('display');
    const heard: CallView[] = [];
    display.on('hall:changed', (c) => heard.push(...c.calls));
    const op = await h.staff('op1');
    expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'ru' }));
    expectOk(await send(op, 'desk:open', { requestId: rid(), deskId: 'desk-1' }));
    expectOk(await send(op, 'desk:call-next', { requestId: rid(), deskId: 'desk-1' }));
    await expect.poll(() => heard.length).toBe(1);

    const announce = heard[0]?.announce ?? [];
    expect(announce.map((p) => p.lang)).toEqual(['ru', 'kk', 'en']);
    expect(clipNames(announce[0]?.clips ?? [])).toEqual([
      'ru/letter-a.ogg',
      'ru/number-0.ogg',
      'ru/number-0.ogg',
      'ru/number-1.ogg',
      'ru/desk-before.ogg',
      'ru/number-1.ogg',
    ]);
    expect(clipNames(announce[1]?.clips ?? []).at(-1)).toBe('kk/desk-after.ogg');

    // A display that comes later hears nothing old, but its snapshot carries the same announcement.
    const late = await h.device('display');
    const again = nextSnapshot(late);
    late.disconnect().connect();
    expect((await again).recentCalls[0]?.announce).toEqual(announce);
  });
});
