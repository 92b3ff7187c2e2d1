// Whole-file writes that survive a power cut: steno (lowdb's writer) renames a temp file but never
// fsyncs, so after a crash the new name may point at an empty or half-written file.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { CorruptFileError } from './errors.js';

/** Write `data` to `path` so that after a crash the file holds either the old or the new content. */
export async function writeFileDurable(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  // Same folder as the target: rename is only atomic within one file system.
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      // Data must be on disk before the rename makes it visible under the real name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  // The rename is a change to the folder; without this the old file can reappear after a power cut.
  await fsyncDir(dir);
}

/** Cut `path` to `length` bytes and sync it (a torn tail, or a damaged journal's good prefix). */
export async function truncateDurable(path: string, length: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flush a folder's entries (creations, renames, removals) to disk. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch (error) {
    // Windows cannot open a folder as a file; NTFS journals its metadata, so there is nothing to do.
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** mkdir -p whose new folders are themselves durable entries of their parents. */
export async function ensureDirDurable(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return;
  // Every folder from the parent of the first created one down to `dir` gained an entry.
  let current = dirname(first);
  await fsyncDir(current);
  for (const part of relative(current, dir).split(sep)) {
    current = join(current, part);
    await fsyncDir(current);
  }
}

/** Parsed JSON content of `path`, or null when there is no such file. */
export async function readJsonFile<T = unknown>(path: string): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new CorruptFileError(path, `${path} is not valid JSON`, { cause });
  }
}
