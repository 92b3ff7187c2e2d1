import { describe, expect, it } from 'vitest';
import { RateLimits } from './rate-limits.js';

const takes = (n: number, take: () => boolean) => Array.from({ length: n }, take).filter(Boolean).length;

describe('RateLimits', () => {
  it('gives one identity one allowance, whatever address or socket it uses', () => {
    const limits = new RateLimits({ burst: 10, perSecond: 1 }, { burst: 1000, perSecond: 1000 });
    expect(
      takes(6, () => limits.take('kiosk-1', '10.0.0.1', 1)) +
        takes(6, () => limits.take('kiosk-1', '10.0.0.2', 1)),
    ).toBe(10);
    expect(limits.take('kiosk-2', '10.0.0.1', 1)).toBe(true);
  });

  it("gives one address one allowance across identities, except the server's own machine", () => {
    const limits = new RateLimits({ burst: 10, perSecond: 1 }, { burst: 15, perSecond: 1 });
    const fromOne = takes(
      30,
      (() => {
        let i = 0;
        return () => limits.take(`socket:${i++}`, '10.0.0.9', 1);
      })(),
    );
    expect(fromOne).toBe(15);
    let j = 0;
    expect(takes(30, () => limits.take(`socket:l${j++}`, '127.0.0.1', 1))).toBe(30);
  });
});
