import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { loadHubCommand } from './hub-config.js';

describe('hub configuration', () => {
  it('serves on 8090 with the embedded database in <data-dir>/hub-db by default', () => {
    expect(loadHubCommand([], {}, '/srv')).toEqual({
      command: 'serve',
      config: {
        port: 8090,
        host: '0.0.0.0',
        dataDir: '/srv/data',
        database: { kind: 'pglite', dir: '/srv/data/hub-db' },
        logLevel: 'info',
        poolSize: 5,
        ingestLimit: 10,
      },
    });
  });

  it('takes the pool size and the batches stored at once, the limit twice the pool unless set', () => {
    expect(loadHubCommand(['--pool-size', '8'], {}, '/').config).toMatchObject({
      poolSize: 8,
      ingestLimit: 16,
    });
    const env = { KEZEK_HUB_POOL: '10', KEZEK_HUB_INGEST_LIMIT: '12' };
    expect(loadHubCommand([], env, '/').config).toMatchObject({ poolSize: 10, ingestLimit: 12 });
    expect(() => loadHubCommand(['--pool-size', '0'], {}, '/')).toThrow(/pool-size/);
  });

  it('takes PORT, KEZEK_DATA_DIR and KEZEK_HUB_DATABASE, and lets arguments win', () => {
    const env = { PORT: '9001', KEZEK_DATA_DIR: '/var/hub', KEZEK_HUB_DATABASE: 'postgres://h/db' };
    const fromEnv = loadHubCommand([], env, '/');
    expect(fromEnv.config).toMatchObject({
      port: 9001,
      dataDir: '/var/hub',
      database: { kind: 'postgres', url: 'postgres://h/db' },
    });
    const args = loadHubCommand(['--port', '9002', '--database=postgresql://x/y'], env, '/');
    expect(args.config).toMatchObject({
      port: 9002,
      database: { kind: 'postgres', url: 'postgresql://x/y' },
    });
  });

  it('reads add-office with its id, name and district, and names what is missing', () => {
    const cmd = loadHubCommand(
      ['add-office', '--id', 'almaly', '--name', 'Алмалы', '--district', 'almaty'],
      {},
      '/',
    );
    expect(cmd).toMatchObject({
      command: 'add-office',
      office: { id: 'almaly', name: 'Алмалы', district: 'almaty' },
    });
    expect(() => loadHubCommand(['add-office', '--id', 'x'], {}, '/')).toThrow(/--name/);
  });

  it('refuses a typo, an unknown command and a database that is not postgres://', () => {
    expect(() => loadHubCommand(['--prot', '1'], {}, '/')).toThrow(ConfigError);
    expect(() => loadHubCommand(['serve-now'], {}, '/')).toThrow(/unknown command/);
    expect(() => loadHubCommand(['--database', 'mysql://x'], {}, '/')).toThrow(/postgres:\/\//);
    expect(() => loadHubCommand(['--id', 'x'], {}, '/')).toThrow(ConfigError);
  });
});
