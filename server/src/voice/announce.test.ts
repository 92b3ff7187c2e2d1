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
  it('a Russian ticket is announced in Russian first, then in one other office language, numbers read whole', async () => {
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
    expect(announce.map((p) => p.lang)).toEqual(['ru', 'kk']);
    expect(clipNames(announce[0]?.clips ?? [])).toEqual([
      'ru/letter-a.ogg',
      'ru/number-1.ogg',
      'ru/desk-before.ogg',
      'ru/number-1.ogg',
    ]);
    expect(clipNames(announce[0]?.brief ?? [])).toEqual([
      'ru/letter-a.ogg',
      'ru/number-1.ogg',
      'ru/desk-short.ogg',
      'ru/number-1.ogg',
    ]);
    expect(clipNames(announce[1]?.clips ?? []).at(-1)).toBe('kk/desk-after.ogg');

    // A display that comes later hears nothing old, but its snapshot carries the same announcement.
    const late = await h.device('display');
    const again = nextSnapshot(late);
    late.disconnect().connect();
    expect((await again).recentCalls[0]?.announce).toEqual(announce);
  });

  it.each([
    [3, ['en', 'kk', 'ru']],
    [1, ['en']],
  ] as const)(
    'an office that speaks %i language(s) a call hears %j for an English ticket',
    async (count, langs) => {
      // As the head's setup saves it (e2e/head-setup.test.ts goes through the form).
      await h.settings.update((s) => void (s.content.voiceLanguages = count));
      const kiosk = await h.device('kiosk');
      const display = await h.device('display');
      const heard: CallView[] = [];
      display.on('hall:changed', (c) => heard.push(...c.calls));
      const op = await h.staff('op1');
      expectOk(await send(kiosk, 'ticket:issue', { requestId: rid(), sectorId: 'legal', lang: 'en' }));
      expectOk(await send(op, 'desk:open', { requestId: rid(), deskId: 'desk-1' }));
      expectOk(await send(op, 'desk:call-next', { requestId: rid(), deskId: 'desk-1' }));
      await expect.poll(() => heard.length).toBe(1);
      expect(heard[0]?.announce?.map((p) => p.lang)).toEqual(langs);
    },
  );
});
