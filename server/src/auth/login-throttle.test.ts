import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

const policy = { free: 3, firstDelayMs: 1000, maxDelayMs: 8000 };

describe('LoginThrottle', () => {
  it('lets a few mistakes pass, then doubles the wait with each failure up to the cap', () => {
    const t = new LoginThrottle({ user: policy, address: { ...policy, free: 100 } });
    const now = 1_000_000;
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      waits.push(t.waitMs('op1', '10.0.0.5', now));
      t.failed('op1', '10.0.0.5', now);
    }
    expect(waits).toEqual([0, 0, 0, 0, 1000, 2000, 4000, 8000, 8000]);
    expect(t.waitMs('op1', '10.0.0.5', now + 8000)).toBe(0);
  });

  it('holds a name from every address, and an address for every name', () => {
    const t = new LoginThrottle({ user: policy, address: policy });
    const now = 5_000;
    for (let i = 0; i < 4; i++) t.failed('op1', `10.0.0.${i}`, now);
    expect(t.waitMs('op1', '10.0.0.99', now)).toBeGreaterThan(0);
    expect(t.waitMs('op2', '10.0.0.99', now)).toBe(0);
    for (let i = 0; i < 4; i++) t.failed(`guess${i}`, '10.0.0.50', now);
    expect(t.waitMs('op2', '10.0.0.50', now)).toBeGreaterThan(0);
  });

  it('clears a name on the right password, but not the address a guesser used', () => {
    const t = new LoginThrottle({ user: policy, address: policy });
    for (let i = 0; i < 4; i++) t.failed('op1', '10.0.0.7', 0);
    t.succeeded('op1');
    expect(t.waitMs('op1', '10.0.0.8', 0)).toBe(0);
    expect(t.waitMs('op1', '10.0.0.7', 0)).toBeGreaterThan(0);
  });
});
