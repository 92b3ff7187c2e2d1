import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getShellBridge } from '../../src/bridge.js';
import { connectingPageHtml } from './connecting-page.js';
import { cornerTapCounter } from './corner-taps.js';
import { reloadScheduler } from './crash-recovery.js';
import { hashPin, verifyPin } from './pin.js';
import { retryDelaySeconds, waitForServer } from './server-probe.js';
import { applySetup, isSetupInput, setupValues } from './setup-form.js';
import { setupPageHtml } from './setup-page.js';

describe('staff gesture', () => {
  it('five corner taps within three seconds open the settings, slower taps do not', () => {
    const tap = cornerTapCounter();
    expect([0, 500, 1000, 1500].map(tap)).toEqual([false, false, false, false]);
    expect(tap(2000)).toBe(true);
    const slow = cornerTapCounter();
    expect([0, 800, 1600, 2400, 3200, 4000].some(slow)).toBe(false);
  });
});

describe('crash recovery', () => {
  it('reloads at once, then waits when the page keeps crashing', () => {
    const next = reloadScheduler({ burst: 3, windowMs: 60_000, backoffMs: 15_000 });
    expect([0, 1000, 2000, 3000].map(next)).toEqual([0, 0, 0, 15_000]);
    expect(next(200_000)).toBe(0);
  });
});

describe('connecting page', () => {
  it('speaks Kazakh, Russian and English and shows the server it waits for', () => {
    const html = connectingPageHtml({ server: 'http://10.0.0.5:8080', attempt: 3, retryInSeconds: 4 });
    expect(html).toContain('Серверге қосылуда…');
    expect(html).toContain('Подключение к серверу…');
    expect(html).toContain('Connecting to the server…');
    expect(html).toContain('http://10.0.0.5:8080 · #3 · 4 s');
  });

  it('escapes what it shows', () => {
    expect(connectingPageHtml({ server: '<img src=x>', attempt: 1, retryInSeconds: 1 })).not.toContain(
      '<img',
    );
  });
});

describe('server probe', () => {
  it('retries while the server is down and returns once /api/health answers', async () => {
    let up = false;
    const hits: string[] = [];
    const server: Server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(up ? 200 : 503).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const retries: number[] = [];
    try {
      const ok = await waitForServer(origin, {
        fetch,
        onRetry: (attempt) => {
          retries.push(attempt);
          if (attempt === 2) up = true;
        },
        sleep: async () => {},
      });
      expect(ok).toBe(true);
      expect(retries).toEqual([1, 2]);
      expect(hits).toEqual(['/api/health', '/api/health', '/api/health']);
    } finally {
      server.close();
    }
  });

  it('an unreachable server is retried quickly at first, then every ten seconds', () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelaySeconds)).toEqual([1, 2, 4, 8, 10, 10]);
  });
});

describe('settings form', () => {
  const form = {
    ...setupValues(null),
    role: 'kiosk',
    server: '10.0.0.5',
    pin: '432187',
    printer: 'tcp://10.0.0.50',
  };

  it('a kiosk needs a PIN, which is stored as a hash that verifies', () => {
    expect(applySetup({ ...form, pin: '' }, null)).toEqual({ ok: false, fields: ['pin'] });
    const saved = applySetup(form, null);
    if (!saved.ok) throw new Error('expected ok');
    expect(saved.config).toMatchObject({
      role: 'kiosk',
      server: 'http://10.0.0.5:8080',
      printer: 'tcp://10.0.0.50',
    });
    expect(JSON.stringify(saved.config)).not.toContain('432187');
    expect(saved.config.pin && verifyPin('432187', saved.config.pin)).toBe(true);
    expect(saved.config.pin && verifyPin('123456', saved.config.pin)).toBe(false);
    const kept = applySetup({ ...form, pin: '' }, saved.config);
    expect(kept.ok && kept.config.pin).toEqual(saved.config.pin);
  });

  it('a display needs a PIN as a kiosk does; a desk does not', () => {
    expect(applySetup({ ...form, role: 'display', pin: '' }, null)).toEqual({ ok: false, fields: ['pin'] });
    expect(applySetup({ ...form, role: 'operator', pin: '' }, null).ok).toBe(true);
  });

  it('a four-digit PIN is refused now, though one saved by an older shell still unlocks', () => {
    expect(applySetup({ ...form, pin: '4321' }, null)).toEqual({ ok: false, fields: ['pin'] });
    expect(verifyPin('4321', hashPin('4321'))).toBe(true);
  });

  it('takes a typed certificate fingerprint only in SHA-256 form', () => {
    expect(applySetup({ ...form, certFingerprint: 'AB:CD' }, null)).toEqual({
      ok: false,
      fields: ['certFingerprint'],
    });
    expect(applySetup({ ...form, certFingerprint: 'ab'.repeat(32) }, null).ok).toBe(true);
  });

  it('the bridge hands over only a form of the right shape', () => {
    expect(isSetupInput(form)).toBe(true);
    expect(isSetupInput({ ...form, alwaysOnTop: 'yes' })).toBe(false);
    expect(isSetupInput({ ...form, pin: 123456 })).toBe(false);
    expect(isSetupInput(null)).toBe(false);
  });

  it('names every wrong field', () => {
    const bad = {
      ...form,
      role: 'printer',
      server: 'file:///x',
      screen: 'two',
      printer: 'usb:1',
      pin: '12',
      callNextHotkey: 'Ctrl+',
    };
    expect(applySetup(bad, null)).toEqual({
      ok: false,
      fields: ['role', 'server', 'screen', 'printer', 'pin', 'callNextHotkey'],
    });
  });

  it('the page carries the labels of all three languages safely', () => {
    const html = setupPageHtml();
    expect(html).toContain('Құрылғы баптаулары');
    expect(html).toContain('window.kezekSetup');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });
});

describe('bridge shape', () => {
  it('pages find the bridge only when the shell put a known role on window.kezek', () => {
    expect(getShellBridge({})).toBeUndefined();
    expect(getShellBridge({ kezek: { role: 'printer' } })).toBeUndefined();
    expect(getShellBridge({ kezek: { role: 'display' } })).toEqual({ role: 'display' });
    expect(getShellBridge(undefined)).toBeUndefined();
  });
});
