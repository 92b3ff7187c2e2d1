// Runs the built server (server/dist) as a child process on a free port, as `npm start` would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const ENTRY = join(ROOT, 'server', 'dist', 'index.js');

export interface ServerProcess {
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  /** SIGKILL: no shutdown code runs, like a power cut for everything not yet synced. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export function tempDataDir(prefix = 'kezek-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface StartOptions {
  /**
   * RLIMIT_FSIZE for the server, in KiB: a write that would grow any file beyond it fails (EFBIG), as
   * on a full disk. Node ignores the SIGXFSZ that comes with it, so the server sees only the error.
   */
  fileSizeLimitKiB?: number;
  /** More environment for the server (e.g. the hub link's address and key). */
  env?: Record<string, string>;
  /** More server arguments, e.g. `--accept-damaged-journal`. */
  args?: readonly string[];
  /** Arguments for node itself, before the entry (the soak's `--expose-gc`). */
  nodeArgs?: readonly string[];
}

export async function startServer(
  dataDir: string,
  port?: number,
  options: StartOptions = {},
): Promise<ServerProcess> {
  const chosen = port ?? (await freePort());
  const args = [
    ...(options.nodeArgs ?? []),
    ENTRY,
    '--port',
    String(chosen),
    '--host',
    '127.0.0.1',
    ...(options.args ?? []),
  ];
  const limit = options.fileSizeLimitKiB;
  // exec keeps the pid, so kill9() and stop() still reach node itself.
  const [command, argv] =
    limit === undefined
      ? [process.execPath, args]
      : ['/bin/bash', ['-c', `ulimit -f ${limit} && exec "$0" "$@"`, process.execPath, ...args]];
  const child = spawn(command, argv, {
    cwd: ROOT,
    env: {
      ...process.env,
      KEZEK_DATA_DIR: dataDir,
      KEZEK_LOG_LEVEL: 'info',
      KEZEK_APPS_DIR: ROOT,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in time:\n${out}`)), 20_000);
    const check = () => {
      if (out.includes('kezek server listening')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${chosen}`,
    port: chosen,
    dataDir,
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
