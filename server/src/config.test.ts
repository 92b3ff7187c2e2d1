import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses port 8080 and ./data when nothing is given', () => {
    const c = loadConfig([], {}, '/srv/kezek');
    expect(c.port).toBe(8080);
    expect(c.dataDir).toBe('/srv/kezek/data');
  });

  it('prefers arguments over the environment over defaults', () => {
    const env = { PORT: '9000', KEZEK_DATA_DIR: '/var/kezek' };
    expect(loadConfig([], env, '/x').port).toBe(9000);
    const c = loadConfig(['--port', '9100', '--data-dir=/mnt/d'], env, '/x');
    expect(c.port).toBe(9100);
    expect(c.dataDir).toBe('/mnt/d');
  });

  it('refuses a port that is not a number and an unknown argument shape', () => {
    expect(() => loadConfig([], { PORT: 'eighty' }, '/x')).toThrow(ConfigError);
    expect(() => loadConfig(['port=1'], {}, '/x')).toThrow(/unexpected argument/);
    expect(() => loadConfig(['--prot', '1'], {}, '/x')).toThrow(/unexpected argument/);
    expect(() => loadConfig(['--port'], {}, '/x')).toThrow(/needs a value/);
  });

  it('believes no forwarded address unless the proxies are named, and never a loopback one', () => {
    expect(loadConfig([], {}, '/x').trustProxy).toBeUndefined();
    expect(loadConfig(['--trust-proxy', '10.0.0.5, 10.1.0.0/24'], {}, '/x').trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/24',
    ]);
    expect(loadConfig([], { KEZEK_TRUST_PROXY: 'fd00::5' }, '/x').trustProxy).toEqual(['fd00::5']);
    expect(() => loadConfig(['--trust-proxy', 'loopback'], {}, '/x')).toThrow(/addresses/);
    expect(() => loadConfig(['--trust-proxy', '127.0.0.1'], {}, '/x')).toThrow(/loopback/);
  });

  it('keeps the hub link off by default and takes its address and key from arguments or the environment', () => {
    expect(loadConfig([], {}, '/x').hubLink).toBeUndefined();
    const env = { KEZEK_HUB_URL: 'http://hub.local:8090', KEZEK_HUB_KEY: 'almaly.secret' };
    expect(loadConfig([], env, '/x').hubLink).toEqual({
      url: 'http://hub.local:8090/',
      key: 'almaly.secret',
    });
    const args = loadConfig(['--hub-url', 'https://region.kz', '--hub-key=k.1'], env, '/x');
    expect(args.hubLink).toEqual({ url: 'https://region.kz/', key: 'k.1' });
  });

  it('refuses half a hub link and an address that is not http(s)', () => {
    expect(() => loadConfig(['--hub-url', 'http://h'], {}, '/x')).toThrow(/both/);
    expect(() => loadConfig([], { KEZEK_HUB_KEY: 'a.b' }, '/x')).toThrow(/both/);
    expect(() => loadConfig(['--hub-url', 'ftp://h', '--hub-key', 'a.b'], {}, '/x')).toThrow(/http/);
  });

  it('takes --accept-damaged-journal as a bare flag, off unless given, and never from the environment', () => {
    expect(loadConfig([], { KEZEK_ACCEPT_DAMAGED_JOURNAL: '1' }, '/x').acceptDamagedJournal).toBe(false);
    const c = loadConfig(['--accept-damaged-journal', '--port', '9000'], {}, '/x');
    expect(c).toMatchObject({ acceptDamagedJournal: true, port: 9000 });
    expect(() => loadConfig(['--accept-damaged-journal=yes'], {}, '/x')).toThrow(/unexpected argument/);
  });

  it('reads the limits per identity, per address and the connection caps, and refuses nonsense', () => {
    expect(loadConfig([], {}, '/x').connectionCaps).toEqual({ remote: 32, local: 1024 });
    const c = loadConfig(
      ['--address-rate-limit', '100/50', '--max-connections-per-address', '8'],
      { KEZEK_RATE_LIMIT: '10/5', KEZEK_MAX_LOCAL_CONNECTIONS: '64' },
      '/x',
    );
    expect(c.rateLimit).toEqual({ burst: 10, perSecond: 5 });
    expect(c.addressRateLimit).toEqual({ burst: 100, perSecond: 50 });
    expect(c.connectionCaps).toEqual({ remote: 8, local: 64 });
    expect(() => loadConfig(['--max-connections-per-address', '0'], {}, '/x')).toThrow(ConfigError);
    expect(() => loadConfig(['--address-rate-limit', 'lots'], {}, '/x')).toThrow(ConfigError);
  });
});
