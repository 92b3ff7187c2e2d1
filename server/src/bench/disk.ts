// The disk's ceiling: one append + fdatasync after another, nothing else, on the disk the data lives on.
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';

export async function fsyncCeiling(
  dir: string,
  durationMs: number,
): Promise<{ opsPerSec: number; p50Ms: number }> {
  const path = join(dir, 'fsync-ceiling.ndjson');
  const handle = await open(path, 'a');
  // About the size of a journal line for one issued ticket.
  const line = Buffer.from(`${JSON.stringify({ seq: 1, at: Date.now(), pad: 'x'.repeat(600) })}\n`);
  const times: number[] = [];
  const t0 = performance.now();
  try {
    while (performance.now() - t0 < durationMs) {
      const s = performance.now();
      await handle.write(line);
      await handle.datasync();
      times.push(performance.now() - s);
    }
  } finally {
    await handle.close();
    await rm(path, { force: true });
  }
  times.sort((a, b) => a - b);
  return {
    opsPerSec: times.length / ((performance.now() - t0) / 1000),
    p50Ms: times[Math.floor(times.length / 2)] ?? Number.NaN,
  };
}
