import { describe, expect, it } from 'vitest';
import { DEFAULTS, type ShellConfig } from './config-store.js';
import { idleCloser } from './idle-close.js';
import { hashPin, isValidPin } from './pin.js';
import { PIN_GUARD, delayAfter, pinGuard } from './pin-guard.js';
import { isOwnPage } from './sender-check.js';
import { setupSession } from './setup-session.js';

const PIN = hashPin('482915');
const kiosk: ShellConfig = { ...DEFAULTS, role: 'kiosk', server: 'http://10.0.0.5:8080', pin: PIN };

describe('the staff PIN', () => {
  it('has six to twelve digits', () => {
    expect(['12345', '1234', '12345a', '1234567890123'].some(isValidPin)).toBe(false);
    expect(['123456', '123456789012'].every(isValidPin)).toBe(true);
  });

  it('three typos are free, then each wrong PIN doubles the wait up to fifteen minutes', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => delayAfter(n))).toEqual([0, 0, 0, 30_000, 60_000, 120_000]);
    expect(delayAfter(40)).toBe(PIN_GUARD.maxDelayMs);
  });

  it('while a wait runs even the right PIN is not looked at; after it, the right PIN opens', () => {
    const guard = pinGuard();
    for (let i = 0; i < 3; i++)
      expect(guard.check('000000', PIN, 1000)).toEqual({ ok: false, retryInSeconds: 0 });
    expect(guard.check('000000', PIN, 2000)).toEqual({ ok: false, retryInSeconds: 30 });
    expect(guard.check('482915', PIN, 2000 + 29_000)).toEqual({ ok: false, retryInSeconds: 1 });
    expect(guard.waitSeconds(2000 + 29_000)).toBe(1);
    expect(guard.check('482915', PIN, 2000 + 30_000)).toEqual({ ok: true });
  });

  it('brute force from a page gets nowhere near a million PINs in a day', () => {
    const guard = pinGuard(PIN_GUARD, () => false);
    let now = 0;
    let tries = 0;
    while (now < 24 * 3600_000) {
      const r = guard.check('000000', PIN, now);
      tries += 1;
      now += r.ok ? 1 : Math.max(1, r.retryInSeconds * 1000);
    }
    expect(tries).toBeLessThan(120);
  });
});

describe('who may open the settings', () => {
  it('staff settings on a kiosk are locked until the PIN, and a wrong one is counted', () => {
    const guard = pinGuard();
    const session = setupSession({ mode: 'staff', saved: kiosk, current: kiosk, guard, now: () => 0 });
    expect(session.state()).toMatchObject({ locked: true, waitSeconds: 0 });
    expect(session.state().values.pin).toBe('');
    expect(session.unlock(42)).toEqual({ ok: false, retryInSeconds: 0 });
    expect(session.unlock('482915')).toEqual({ ok: true });
    expect(session.unlocked).toBe(true);
  });

  it('the count lives beyond one prompt: a new window still waits', () => {
    const guard = pinGuard();
    const open = () => setupSession({ mode: 'staff', saved: kiosk, current: kiosk, guard, now: () => 5 });
    for (let i = 0; i < 4; i++) open().unlock('000000');
    expect(open().state().waitSeconds).toBe(30);
  });

  it('a kiosk that has no PIN cannot be unlocked from its screen; first run is open and asks for one', () => {
    const noPin = { ...kiosk, pin: undefined };
    const staff = setupSession({ mode: 'staff', saved: noPin, current: noPin, guard: pinGuard() });
    expect(staff.unlock('')).toMatchObject({ ok: false });
    const first = setupSession({
      mode: 'first-run',
      saved: null,
      current: noPin,
      guard: pinGuard(),
      notice: 'pinRequired',
    });
    expect(first.state()).toMatchObject({ locked: false, notice: 'pinRequired', values: { role: 'kiosk' } });
  });

  it("a desk without a PIN opens its settings at once: the window is the specialist's", () => {
    const desk = { ...kiosk, role: 'operator' as const, pin: undefined };
    expect(setupSession({ mode: 'staff', saved: desk, current: desk, guard: pinGuard() }).unlocked).toBe(
      true,
    );
  });
});

describe('idle staff settings', () => {
  function clock() {
    let now = 0;
    const timers = new Map<number, { at: number; run: () => void }>();
    let next = 1;
    return {
      timers: {
        setTimer: (run: () => void, ms: number) => {
          timers.set(next, { at: now + ms, run });
          return next++;
        },
        clearTimer: (h: unknown) => void timers.delete(h as number),
      },
      advance(ms: number) {
        now += ms;
        for (const [h, t] of [...timers]) {
          if (t.at > now) continue;
          timers.delete(h);
          t.run();
        }
      },
    };
  }

  it('close after a minute without a touch; each touch gives another minute', () => {
    const c = clock();
    let closed = 0;
    const idle = idleCloser(() => void closed++, 60_000, c.timers);
    c.advance(50_000);
    idle.poke();
    c.advance(50_000);
    expect(closed).toBe(0);
    c.advance(10_000);
    expect(closed).toBe(1);
  });

  it('stop ends the countdown', () => {
    const c = clock();
    let closed = 0;
    idleCloser(() => void closed++, 1000, c.timers).stop();
    c.advance(5000);
    expect(closed).toBe(0);
  });
});

describe('IPC senders', () => {
  const contents = { id: 1 };
  const event = (url: string, parent: unknown = null, sender: unknown = contents) => ({
    sender,
    senderFrame: { url, parent },
  });
  const server = 'http://10.0.0.5:8080';

  it("answers only the window's top frame at the server's origin", () => {
    expect(isOwnPage(event(`${server}/kiosk/`), contents, server)).toBe(true);
    expect(isOwnPage(event(`${server}/kiosk/`, { url: server }), contents, server)).toBe(false);
    expect(isOwnPage(event('http://10.0.0.66:8080/kiosk/'), contents, server)).toBe(false);
    expect(isOwnPage(event(`${server}/kiosk/`, null, { id: 2 }), contents, server)).toBe(false);
    expect(isOwnPage({ sender: contents, senderFrame: null }, contents, server)).toBe(false);
    expect(isOwnPage(event('not a url'), contents, server)).toBe(false);
  });

  it('the settings window answers only its own data: page', () => {
    expect(isOwnPage(event('data:text/html;charset=utf-8,%3C'), contents, null)).toBe(true);
    expect(isOwnPage(event(`${server}/kiosk/`), contents, null)).toBe(false);
  });
});
