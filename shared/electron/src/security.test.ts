import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  denyWindowOpen,
  downloadGuard,
  keyGuard,
  lockDown,
  navigationGuard,
  permissionCheckHandler,
  permissionRequestHandler,
} from './security.js';

const SERVER = 'http://10.0.0.5:8080';

function fakeEvent() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

describe('lock-down rules', () => {
  it('navigation stays on the server origin', () => {
    const guard = navigationGuard(SERVER);
    const cases: [string, boolean][] = [
      ['http://10.0.0.5:8080/kiosk/?lang=ru', false],
      ['http://10.0.0.5:8080/display/', false],
      ['http://10.0.0.5:9090/', true],
      ['https://10.0.0.5:8080/', true],
      ['https://example.com/', true],
      ['file:///etc/passwd', true],
      ['javascript:alert(1)', true],
      ['not a url', true],
    ];
    for (const [url, blocked] of cases) {
      const event = fakeEvent();
      guard(event, url);
      expect(event.prevented, url).toBe(blocked);
    }
  });

  it("the shell's own pages navigate nowhere", () => {
    const event = fakeEvent();
    navigationGuard(null)(event, SERVER);
    expect(event.prevented).toBe(true);
  });

  it('window.open is always denied', () => expect(denyWindowOpen()).toEqual({ action: 'deny' }));

  it('no role is granted camera, microphone, location or notifications; the display may go fullscreen', () => {
    for (const role of ['kiosk', 'display', 'operator', null] as const) {
      const granted: boolean[] = [];
      for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'midi']) {
        permissionRequestHandler(role)(null, p, (g) => granted.push(g));
        granted.push(permissionCheckHandler(role)(null, p));
      }
      expect(granted.every((g) => !g)).toBe(true);
    }
    let fullscreen = false;
    permissionRequestHandler('display')(null, 'fullscreen', (g) => (fullscreen = g));
    expect(fullscreen).toBe(true);
  });

  it('the kiosk swallows reload, close and devtools keys but not typing', () => {
    const guard = keyGuard('kiosk');
    const press = (
      key: string,
      mods: Partial<Record<'control' | 'alt' | 'shift' | 'meta', boolean>> = {},
    ) => {
      const event = fakeEvent();
      guard(event, { type: 'keyDown', key, control: false, alt: false, shift: false, meta: false, ...mods });
      return event.prevented;
    };
    expect(press('r', { control: true })).toBe(true);
    expect(press('F4', { alt: true })).toBe(true);
    expect(press('I', { control: true, shift: true })).toBe(true);
    expect(press('F5')).toBe(true);
    expect(press('F11')).toBe(true);
    expect(press('BrowserBack')).toBe(true);
    expect(press('қ')).toBe(false);
    expect(press('Ә', { shift: true })).toBe(false);
    expect(press('7')).toBe(false);
    expect(press('Backspace')).toBe(false);
  });

  it('the operator desk keeps its keys; only devtools are closed', () => {
    const guard = keyGuard('operator');
    const event = fakeEvent();
    guard(event, { type: 'keyDown', key: 'r', control: true, alt: false, shift: false, meta: false });
    expect(event.prevented).toBe(false);
    guard(event, { type: 'keyDown', key: 'F12', control: false, alt: false, shift: false, meta: false });
    expect(event.prevented).toBe(true);
  });

  it('lockDown wires every guard to the webContents and its session', () => {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as unknown,
      setWindowOpenHandler(h: unknown) {
        this.openHandler = h;
      },
      setVisualZoomLevelLimits: async () => {},
      setZoomFactor: () => {},
    });
    const handlers: unknown[] = [];
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: (h: unknown) => handlers.push(h),
      setPermissionCheckHandler: (h: unknown) => handlers.push(h),
    });
    lockDown(contents as unknown as WebContents, session as unknown as Session, {
      allowedOrigin: SERVER,
      role: 'kiosk',
    });
    const away = fakeEvent();
    contents.emit('will-navigate', away, 'https://example.com/');
    const frame = Object.assign(fakeEvent(), { url: 'https://example.com/' });
    contents.emit('will-frame-navigate', frame);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect([away.prevented, frame.prevented, webview.prevented]).toEqual([true, true, true]);
    expect((contents.openHandler as () => unknown)()).toEqual({ action: 'deny' });
    expect(handlers).toHaveLength(2);
    expect(contents.listenerCount('before-input-event')).toBe(1);
    expect(contents.listenerCount('zoom-changed')).toBe(1);
    const download = fakeEvent();
    session.emit('will-download', download, {}, contents);
    expect(download.prevented).toBe(true);
  });

  it('the kiosk and the display refuse every download (no save dialog); a desk keeps them for exports', () => {
    for (const [role, refused] of [
      ['kiosk', true],
      ['display', true],
      ['operator', false],
    ] as const) {
      const event = fakeEvent();
      downloadGuard(role)(event);
      expect(event.prevented, role).toBe(refused);
    }
  });
});
