// CPU time of the parts of the hub phase, so the report can say where 2 shared cores went: the hub
// process, the PostgreSQL server (its main process, the backends it has reaped, and those still
// running), and the bench process itself, which plays 500 offices.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_MS = 1000 / 100; // Linux's USER_HZ

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** utime + stime (fields 14, 15) and, with `reaped`, cutime + cstime (16, 17) of children waited for. */
function cpuOf(fields: string[], reaped: boolean): number {
  const n = (i: number) => Number(fields[i - 3] ?? 0);
  return (n(14) + n(15) + (reaped ? n(16) + n(17) : 0)) * TICKS_MS;
}

export function processTreeCpuMs(root: number): number {
  const rootFields = statFields(root);
  if (!rootFields) return 0;
  let total = cpuOf(rootFields, true);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(Number(name));
    // Field 4 is the parent.
    if (fields && Number(fields[1]) === root) total += cpuOf(fields, true);
  }
  return total;
}

export function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
