// "The server runs from one command on a bare Linux box": `npm run pack:server`'s tarball is unpacked in
// a temp folder, far from the repository's node_modules, and started the way server/deploy/kezek.service
// starts it (its ExecStart, WorkingDirectory and Environment, with /opt/kezek and /var/lib/kezek moved to
// temp folders and the port to a free one). It must answer its health check and serve the three apps.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUnit } from './support/systemd-unit.js';
import { ROOT, freePort } from './support/server-process.js';

const work = mkdtempSync(join(tmpdir(), 'kezek-tarball-'));
const optKezek = join(work, 'opt-kezek');
const dataDir = join(work, 'var-lib-kezek');
let server: ChildProcess | undefined;
let origin = '';
let output = '';

beforeAll(async () => {
  const pack = spawnSync(process.execPath, ['scripts/pack-server.mjs', '--out', work], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tar.gz'));
  if (!tarball) throw new Error(`no tarball in ${work}:\n${pack.stdout}`);
  for (const dir of [optKezek, dataDir]) mkdirSync(dir);
  // The very command docs/deploy.md gives.
  const untar = spawnSync('tar', ['xzf', join(work, tarball), '-C', optKezek, '--strip-components=1']);
  expect(untar.status).toBe(0);

  const unit = parseUnit(readFileSync(join(optKezek, 'server/deploy/kezek.service'), 'utf8'));
  const port = await freePort();
  const moved = (value: string) =>
    value.replaceAll('/opt/kezek', optKezek).replaceAll('/var/lib/kezek', dataDir);
  const env = Object.fromEntries(Object.entries(unit.environment).map(([k, v]) => [k, moved(v)]));
  const [node, ...args] = moved(unit.execStart).split(' ');
  expect(node).toBe('/usr/bin/node'); // Debian's nodejs package; the test runs the same entry on its own Node
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, args, {
    cwd: moved(unit.workingDirectory),
    // Only what the unit sets (and PATH): nothing leaks in from the test's environment. The port is a
    // free one, and the test listens on loopback instead of the unit's every-interface default.
    env: { PATH: process.env['PATH'], ...env, PORT: String(port), KEZEK_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the unpacked server did not start:\n${output}`)), 30_000);
    server?.stdout?.on('data', () => {
      if (output.includes('kezek server listening')) ready(void clearTimeout(timer));
    });
    server?.once('exit', (code) => fail(new Error(`the unpacked server exited with ${code}:\n${output}`)));
  });
}, 120_000);

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

describe('the server tarball', () => {
  it('starts from the unpacked tarball with the systemd unit settings and answers /api/health', async () => {
    const res = await fetch(`${origin}/api/health`);
    expect(res.status, output).toBe(200);
    // Its data went to the unit's data folder, not into the program folder.
    expect(readdirSync(dataDir)).toContain('settings.json');
  });

  it('serves the kiosk, display and operator pages from the tarball', async () => {
    for (const app of ['kiosk', 'display', 'operator']) {
      const res = await fetch(`${origin}/${app}/`);
      expect(res.status, app).toBe(200);
      expect(await res.text(), app).toContain('<script');
    }
  });

  it('stops cleanly on the SIGTERM systemd sends', async () => {
    const exited = new Promise<number | null>((r) => server?.once('exit', (code) => r(code)));
    server?.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
