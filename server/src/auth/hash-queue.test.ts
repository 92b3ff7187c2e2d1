import { describe, expect, it } from 'vitest';
import { HashQueue, HashQueueFull } from './hash-queue.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('HashQueue', () => {
  it('runs one hash at a time, in order, however many logins arrive together', async () => {
    const queue = new HashQueue(1, 10);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const job = (n: number) => async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      order.push(n);
      running--;
      return n;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => queue.run(job(n))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(1);
    expect(queue.depth).toBe(0);
  });

  it('refuses at once past its queue, and frees the slot when a hash throws', async () => {
    const queue = new HashQueue(1, 2);
    let release = () => {};
    const first = queue.run(() => new Promise<void>((r) => (release = r)));
    const waiting = [queue.run(async () => 'a'), queue.run(async () => 'b')];
    await expect(queue.run(async () => 'c')).rejects.toBeInstanceOf(HashQueueFull);
    release();
    await first;
    expect(await Promise.all(waiting)).toEqual(['a', 'b']);
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run(async () => 'after')).toBe('after');
  });
});
