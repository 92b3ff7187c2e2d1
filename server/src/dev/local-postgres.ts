// A real PostgreSQL server in a temporary folder on a free port, from Debian's `postgresql` package
// (.ci/run installs it), for the tests and the bench's hub phase: built with the server, since the built
// bench needs it too. PostgreSQL refuses to run as root, so as root the folder belongs to the `postgres`
// user and every command runs through `runuser`.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  port: number;
  dir: string;
  /** A URL for `database` on this server. */
  url(database?: string): string;
  /** A new empty database, so each test file starts from nothing. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
  start(): void;
  /** Stops the server and removes its folder. */
  destroy(): void;
  /** The server's main process; its children are the backends (their CPU time is counted with it). */
  postmasterPid(): number;
}

export interface PostgresOptions {
  /** PostgreSQL's own default is 100; the bench's 500 offices and its ceiling want more. */
  maxConnections?: number;
}

/** The newest installed PostgreSQL's bin folder, or null when none is installed. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'kezek-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    execFileSync(cmd, argv, { stdio: 'pipe', timeout: 120_000 });
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  // The server's own defaults otherwise (fsync and synchronous_commit on).
  const connections = options.maxConnections ? ` -c max_connections=${options.maxConnections}` : '';
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${connections}`;
  const ctl = (action: 'start' | 'stop') =>
    action === 'start'
      ? run('pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(dir, 'log'), '-w', '-t', '60', 'start'])
      : run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  ctl('start');
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let running = true;
  return {
    port,
    dir,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop() {
      if (running) ctl('stop');
      running = false;
    },
    start() {
      if (!running) ctl('start');
      running = true;
    },
    postmasterPid() {
      return Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    },
    destroy() {
      try {
        if (running) ctl('stop');
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
