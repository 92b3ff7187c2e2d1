import { describe, expect, it } from 'vitest';
import { healthUrl, normalizeServer, roleUrl } from './roles.js';

describe('server address', () => {
  it.each([
    ['192.168.1.10', 'http://192.168.1.10:8080'],
    [' kezek-server ', 'http://kezek-server:8080'],
    ['kezek-server:9000', 'http://kezek-server:9000'],
    ['http://10.0.0.5:8080/kiosk/', 'http://10.0.0.5:8080'],
    ['https://queue.akimat.kz', 'https://queue.akimat.kz:8080'],
    ['http://10.0.0.5:80', 'http://10.0.0.5'],
  ])('"%s" becomes the origin %s', (typed, origin) => {
    expect(normalizeServer(typed)).toBe(origin);
  });

  it.each(['', 'file:///etc/passwd', 'javascript:alert(1)', 'http://user:pw@10.0.0.5', 'http://'])(
    'refuses "%s"',
    (typed) => expect(normalizeServer(typed)).toBeNull(),
  );

  it('each role loads its own page and the probe asks the health check', () => {
    expect(roleUrl('http://10.0.0.5:8080', 'kiosk')).toBe('http://10.0.0.5:8080/kiosk/');
    expect(healthUrl('http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080/api/health');
  });
});
