// Runs the built region hub (server/dist/hub) as a child process, as `npm run hub` would, and its
// add-office command.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, ROOT } from './server-process.js';

const ENTRY = join(ROOT, 'server', 'dist', 'hub', 'index.js');

export interface HubProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** `database`: a postgres:// URL; without one the hub keeps PGlite in `dataDir`. */
export async function startHub(options: {
  database?: string;
  dataDir?: string;
  port?: number;
}): Promise<HubProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [ENTRY, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env,
      KEZEK_LOG_LEVEL: 'info',
      ...(options.database ? { KEZEK_HUB_DATABASE: options.database } : {}),
      ...(options.dataDir ? { KEZEK_DATA_DIR: options.dataDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`hub did not start in time:\n${out}`)), 60_000);
    child.stdout?.on('data', () => {
      if (!out.includes('kezek hub listening')) return;
      clearTimeout(timer);
      ready();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`hub exited with ${code}:\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => out,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Registers an office (add-office) or a viewer (add-viewer) with the hub's CLI; returns the key it printed. */
export async function hubCli(
  options: { database?: string; dataDir?: string },
  command: 'add-office' | 'add-viewer',
  who: { id: string; name: string; district?: string },
): Promise<string> {
  const args = ['--id', who.id, '--name', who.name, ...(who.district ? ['--district', who.district] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, [ENTRY, command, ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...(options.database ? { KEZEK_HUB_DATABASE: options.database } : {}),
      ...(options.dataDir ? { KEZEK_DATA_DIR: options.dataDir } : {}),
    },
  });
  const key = new RegExp(`^${who.id}\\.[A-Za-z0-9_-]{43}$`, 'm').exec(stdout)?.[0];
  if (!key) throw new Error(`${command} printed no key:\n${stdout}`);
  return key;
}

export const addOfficeCli = (
  options: { database?: string; dataDir?: string },
  office: { id: string; name: string; district: string },
): Promise<string> => hubCli(options, 'add-office', office);
