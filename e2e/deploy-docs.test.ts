// docs/deploy.md is for someone who will not read the code, so what it names must exist and work: the npm
// scripts, the files, the first login, the environment variables of the Linux unit and the Windows
// service, and the default port every part assumes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/src/config.js';
import { DEMO_PASSWORDS } from '../server/src/settings/demo-office.js';
import { DEFAULT_PORT } from '../shared/electron/src/roles.js';
import { ROOT } from './support/server-process.js';
import { parseUnit } from './support/systemd-unit.js';

const doc = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
const unit = parseUnit(readFileSync(join(ROOT, 'server/deploy/kezek.service'), 'utf8'));

describe('docs/deploy.md', () => {
  it('names only npm scripts the project has', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
    );
    const named = [...doc.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(named).toContain('pack:server');
    expect(named).toContain('release:shell');
    for (const name of named) expect(scripts, name).toContain(name);
  });

  it('names only files the repository has', () => {
    const paths = [...doc.matchAll(/`((?:server|shared|docs|scripts|build)\/[\w./-]+|[\w-]+\.yml)`/g)].map(
      (m) => m[1] ?? '',
    );
    expect(paths).toContain('server/deploy/kezek.service');
    for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it("gives the demo office's first head login", () => {
    expect(doc).toContain(`\`head\` / \`${DEMO_PASSWORDS.head}\``);
    expect(doc).toContain(`\`op1\` … \`op8\` / \`${DEMO_PASSWORDS.operator}\``);
  });

  it('sets only environment variables the server reads, in the systemd unit and the NSSM service', () => {
    const nssm = /AppEnvironmentExtra (.+)/.exec(doc)?.[1]?.trim().split(/\s+/) ?? [];
    const fromNssm = Object.fromEntries(nssm.map((kv) => kv.split('=') as [string, string]));
    for (const env of [unit.environment, fromNssm]) {
      expect(Object.keys(env).sort()).toEqual(['KEZEK_APPS_DIR', 'KEZEK_DATA_DIR', 'NODE_ENV', 'PORT']);
      const config = loadConfig([], env, '/');
      expect(config).toMatchObject({ port: Number(env['PORT']) });
      // Windows paths are not absolute on the Linux test machine; the server resolves them from cwd.
      expect(config.dataDir.endsWith(env['KEZEK_DATA_DIR'] ?? '-')).toBe(true);
      expect(config.appsDir.endsWith(env['KEZEK_APPS_DIR'] ?? '-')).toBe(true);
    }
  });

  it('uses port 8080 where the server and the shell assume it', () => {
    expect(loadConfig([], {}, '/').port).toBe(8080);
    expect(DEFAULT_PORT).toBe(8080);
    expect(unit.environment['PORT']).toBe('8080');
    expect(doc).toContain('Open **TCP 8080 inbound on the server only**');
  });
});
