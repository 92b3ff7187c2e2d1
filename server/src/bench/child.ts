// The real server (server/dist/index.js) as a child process, so its memory is its own and is read from
// /proc/<pid>/status as the operating system sees it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Child {
  url: string;
  pid: number;
  child: ChildProcess;
  /** From spawn to the "listening" log line. */
  startMs: number;
  stop(): Promise<void>;
}

export async function startChild(
  script: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<Child & { match: RegExpExecArray }> {
  const started = performance.now();
  // KEZEK_BENCH_PROF=<dir> writes a CPU profile of each child there, to see where the time goes.
  const prof = process.env.KEZEK_BENCH_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.KEZEK_BENCH_PROF}`]
    : [];
  const child = spawn(process.execPath, [...prof, join(DIST, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${out}`)));
  });
  const startMs = performance.now() - started;
  // Keep draining its output so a chatty log never blocks the child on a full pipe.
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  return {
    url: '',
    pid: child.pid ?? 0,
    child,
    startMs,
    match,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The Kezek server on a free port, started over `dataDir`. */
export async function startKezek(dataDir: string, env: Record<string, string> = {}): Promise<Child> {
  const c = await startChild(
    'index.js',
    ['--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, '--log-level', 'info'],
    env,
    /"port":(\d+)[^\n]*kezek server listening/,
  );
  return { ...c, url: `http://127.0.0.1:${c.match[1]}` };
}

/** Resident and peak resident memory of a process, in MB. */
export function memoryOf(pid: number): { rssMB: number; peakMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
}

/**
 * CPU time a process has used so far (user + system), in ms. Divided by the commands it served, it says
 * what one command costs the server whatever else the machine is doing, which ops/s alone cannot.
 */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
