import { describe, expect, it } from 'vitest';
import type { Result } from '../errors.js';
import { newRequestId, sendWithRetry } from './send.js';

const online = () => Promise.resolve();

describe('sendWithRetry', () => {
  it('retries a timed-out command with the very same payload', async () => {
    const seen: string[] = [];
    const payload = { requestId: newRequestId() };
    const result = await sendWithRetry<number>(
      () => {
        seen.push(payload.requestId);
        return seen.length < 3
          ? Promise.reject(new Error('timeout'))
          : Promise.resolve({ ok: true, data: 7 });
      },
      { attempts: 3, waitOnline: online },
    );
    expect(result).toEqual({ ok: true, data: 7 });
    expect(new Set(seen).size).toBe(1);
    expect(seen).toHaveLength(3);
  });

  it('takes a refusal as final', async () => {
    let calls = 0;
    const refusal: Result<number> = { ok: false, error: 'queue_empty' };
    const result = await sendWithRetry(() => (calls++, Promise.resolve(refusal)), {
      attempts: 3,
      waitOnline: online,
    });
    expect(result).toEqual(refusal);
    expect(calls).toBe(1);
  });

  it('gives up with timeout after the last attempt', async () => {
    const result = await sendWithRetry(() => Promise.reject(new Error('timeout')), {
      attempts: 2,
      waitOnline: online,
    });
    expect(result).toEqual({ ok: false, error: 'timeout' });
  });
});

describe('newRequestId', () => {
  it('passes the schema pattern and differs each time', () => {
    const a = newRequestId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newRequestId()).not.toBe(a);
  });
});
