// Unpacks an uploaded backup into .restore/staged, checks it in full and marks it ready; the live data
// is not touched (apply-restore.ts swaps it in at the next start). Any failure leaves no staged folder.
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncDir, readJsonFile, writeFileDurable } from '../storage/durable-file.js';
import { checkStaged, RestoreInvalidError } from './check-staged.js';
import { judgeEntry, readyFile, restoreDir, stagedDir, type StagedRestore } from './restore-layout.js';

/** A backup holds the media too; a generous cap still stops a runaway upload filling the disk. */
export const RESTORE_MAX_BYTES = 8 * 1024 * 1024 * 1024;
/**
 * What the archive may unpack to: a gzip of zeros grows a thousandfold, so the compressed cap alone
 * would let a small upload fill the disk. Media and years of days fit well under it.
 */
export const RESTORE_MAX_UNPACKED_BYTES = 16 * 1024 * 1024 * 1024;
/** A data folder holds a file a day and the media: far fewer entries than this. */
const MAX_ENTRIES = 200_000;

export async function stageRestore(
  dataDir: string,
  body: Readable,
  who: { by: string; byId: string; at: number },
  maxBytes = RESTORE_MAX_BYTES,
  maxUnpackedBytes = RESTORE_MAX_UNPACKED_BYTES,
): Promise<StagedRestore> {
  // A newer upload replaces a staged one; the live data is never under .restore.
  await rm(restoreDir(dataDir), { recursive: true, force: true });
  const staged = stagedDir(dataDir);
  await mkdir(staged, { recursive: true });
  try {
    const unexpected: string[] = [];
    let size = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        done(size > maxBytes ? new RestoreInvalidError('the archive is larger than allowed') : null, chunk);
      },
    });
    const { x: extract } = await import('tar'); // loaded on first use, like the backup's
    let unpacked = 0;
    let entries = 0;
    const unpack = extract({
      cwd: staged,
      strict: true,
      // Plain files and folders only: a link could point anywhere on the disk.
      filter: (path, entry) => {
        // Sizes come from the headers, before a byte is written: the bomb is stopped, not measured.
        unpacked += 'size' in entry ? entry.size : 0;
        if (unpacked > maxUnpackedBytes || ++entries > MAX_ENTRIES) {
          unpack.abort(new RestoreInvalidError('the archive unpacks to more than allowed'));
          return false;
        }
        const type = 'type' in entry ? entry.type : entry.isDirectory() ? 'Directory' : 'File';
        if (type !== 'File' && type !== 'Directory' && type !== 'OldFile' && type !== 'ContiguousFile') {
          unexpected.push(path);
          return false;
        }
        const verdict = judgeEntry(path);
        if (verdict === 'unexpected') unexpected.push(path);
        return verdict === 'keep';
      },
    });
    try {
      await pipeline(body, cap, unpack);
    } catch (cause) {
      if (cause instanceof RestoreInvalidError) throw cause;
      throw new RestoreInvalidError(`not a .tar.gz backup (${(cause as Error).message})`);
    }
    if (unexpected.length > 0) {
      throw new RestoreInvalidError(`not a Kezek data folder: ${unexpected.slice(0, 3).join(', ')}`);
    }
    const summary = await checkStaged(staged);
    await syncTree(staged);
    await fsyncDir(restoreDir(dataDir));
    const ready: StagedRestore = { stagedAt: who.at, by: who.by, byId: who.byId, ...summary };
    await writeFileDurable(readyFile(dataDir), JSON.stringify(ready));
    return ready;
  } catch (error) {
    await rm(restoreDir(dataDir), { recursive: true, force: true });
    throw error;
  }
}

/** The restore waiting for the next start, or null. */
export async function stagedRestore(dataDir: string): Promise<StagedRestore | null> {
  return readJsonFile<StagedRestore>(readyFile(dataDir)).catch(() => null);
}

export async function cancelRestore(dataDir: string): Promise<boolean> {
  const had = (await stagedRestore(dataDir)) !== null;
  await rm(restoreDir(dataDir), { recursive: true, force: true });
  await fsyncDir(dataDir);
  return had;
}

/** tar writes without fsync; the staged files must be on disk before "ready" says they are. */
async function syncTree(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) await syncTree(path);
    else {
      const handle = await open(path, 'r');
      await handle.sync().finally(() => handle.close());
    }
  }
  await fsyncDir(dir);
}
