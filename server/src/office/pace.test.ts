import { describe, expect, it } from 'vitest';
import { Pace } from './pace.js';

describe('Pace', () => {
  it('lets a burst through at once, then spaces broadcasts at the sustained rate', () => {
    const clock = { now: 0 };
    const pace = new Pace({ perSecond: 100, burst: 3 }, () => clock.now);
    for (let i = 0; i < 3; i++) {
      expect(pace.delay()).toBe(0);
      pace.take();
    }
    expect(pace.delay()).toBe(10);
    clock.now = 4;
    expect(pace.delay()).toBe(6);
    clock.now = 10;
    expect(pace.delay()).toBe(0);
  });

  it('never waits at a pace slower than the sustained rate', () => {
    const clock = { now: 0 };
    const pace = new Pace({ perSecond: 100, burst: 2 }, () => clock.now);
    for (let i = 0; i < 1000; i++) {
      clock.now += 20; // 50 a second
      expect(pace.delay()).toBe(0);
      pace.take();
    }
  });

  it('saves up no more than a burst during a quiet spell', () => {
    const clock = { now: 0 };
    const pace = new Pace({ perSecond: 100, burst: 2 }, () => clock.now);
    clock.now = 60_000;
    pace.take();
    pace.take();
    expect(pace.delay()).toBeGreaterThan(0);
  });
});
