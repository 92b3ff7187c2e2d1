// A visitor's "I need help" at the kiosk, through a real server and real Socket.IO clients: it reaches
// the head and the specialists at the help sector's desks, with the kiosk's name, and nobody else.
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '@kezek/shared';
import { expectOk, rid, send, startHarness, type Client, type Harness } from './test-support/harness.js';

let h: Harness;
afterEach(() => h.close());

/** Every alert the socket hears from now on. */
function heard(socket: Client): Alert[] {
  const alerts: Alert[] = [];
  socket.on('alert:raised', (a) => alerts.push(a));
  return alerts;
}

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('kiosk:help', () => {
  it('alerts the head and the specialist at the disability-service desk with the kiosk name, not other desks', async () => {
    h = await startHarness();
    const kiosk = await h.device('kiosk');
    const head = await h.staff('head');
    const op6 = await h.staff('op6');
    const op1 = await h.staff('op1');
    expectOk(await send(op6, 'desk:open', { requestId: rid(), deskId: 'desk-6' }));
    expectOk(await send(op1, 'desk:open', { requestId: rid(), deskId: 'desk-1' }));
    const [atHead, atDesk6, atDesk1] = [heard(head), heard(op6), heard(op1)];

    const ack = expectOk(await send(kiosk, 'kiosk:help', { requestId: rid() }));
    await settle();
    expect(ack).toEqual({ reached: 1 });
    for (const alerts of [atHead, atDesk6]) {
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ kind: 'help_requested', detail: 'kiosk test' });
    }
    expect(atDesk1).toEqual([]);
  });

  it('reaches every specialist on duty when no desk of a help sector is open, and only the head when none is', async () => {
    h = await startHarness();
    const kiosk = await h.device('kiosk');
    expect(expectOk(await send(kiosk, 'kiosk:help', { requestId: rid() }))).toEqual({ reached: 0 });
    const op1 = await h.staff('op1');
    expectOk(await send(op1, 'desk:open', { requestId: rid(), deskId: 'desk-1' }));
    const atDesk1 = heard(op1);
    expect(expectOk(await send(kiosk, 'kiosk:help', { requestId: rid() }))).toEqual({ reached: 1 });
    await settle();
    expect(atDesk1.map((a) => a.kind)).toEqual(['help_requested']);
  });

  it('is refused to staff: only a kiosk asks for help', async () => {
    h = await startHarness();
    const op1 = await h.staff('op1');
    expect(await send(op1, 'kiosk:help', { requestId: rid() })).toEqual({ ok: false, error: 'forbidden' });
  });
});
