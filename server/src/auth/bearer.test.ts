// The HTTP side's token check reads the same sessions as the sockets: an ended session is 401 at once.
import { afterEach, describe, expect, it } from 'vitest';
import { send, startHarness, type Harness } from '../test-support/harness.js';
import { checkBearer } from './bearer.js';

let h: Harness;
afterEach(() => h.close());

describe('checkBearer', () => {
  it('lets the head in, forbids another role, and refuses a logged-out or malformed token', async () => {
    h = await startHarness();
    const head = await h.staff('head');
    const op = await h.staff('op1');
    const headToken = (head.auth as { token: string }).token;
    const opToken = (op.auth as { token: string }).token;
    expect(checkBearer(h.app.access, `Bearer ${headToken}`, ['head'])).toMatchObject({ ok: true });
    expect(checkBearer(h.app.access, `Bearer ${opToken}`, ['head'])).toEqual({
      ok: false,
      status: 403,
      error: 'forbidden',
    });
    for (const header of [undefined, '', `Basic ${headToken}`, `Bearer ${headToken} x`, 'Bearer %zz']) {
      expect(checkBearer(h.app.access, header, ['head'])).toMatchObject({ ok: false, status: 401 });
    }
    await send(head, 'auth:logout', {}).catch(() => undefined);
    await expect.poll(() => checkBearer(h.app.access, `Bearer ${headToken}`, ['head']).ok).toBe(false);
  });
});
