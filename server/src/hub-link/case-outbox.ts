// The case journals still to forward, as hard links in <data-dir>/hub-link/cases/<generation>.ndjson.
// The office rewrites its case journal whole when settled cases move to the archive (a new file under
// the same name): the link keeps the old file readable until the hub holds all of it. A generation is
// the createdAt of the file's header line, which the rewrite gives anew.
import { link, open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { caseJournalPath } from '../cases/case-storage.js';
import { ensureDirDurable, fsyncDir } from '../storage/durable-file.js';
import { isHeader } from '../storage/journal-format.js';
import { linkDir } from './link-state.js';

const FILE = /^(\d+)\.ndjson$/;
const dir = (dataDir: string) => join(linkDir(dataDir), 'cases');
export const caseOutboxPath = (dataDir: string, generation: number) =>
  join(dir(dataDir), `${generation}.ndjson`);

/** The generation of a case journal file: its header's createdAt, 0 without a header; null if absent. */
export async function generationOf(path: string): Promise<number | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const text = buf.toString('utf8', 0, bytesRead);
    const end = text.indexOf('\n');
    if (end < 0) return 0;
    const first = JSON.parse(text.slice(0, end)) as unknown;
    if (typeof first === 'object' && first !== null && isHeader(first)) {
      const createdAt = (first as { createdAt?: unknown }).createdAt;
      return typeof createdAt === 'number' && Number.isInteger(createdAt) ? createdAt : 0;
    }
    return 0;
  } catch {
    return 0;
  } finally {
    await handle.close();
  }
}

/** Links the office's current case journal into the outbox; returns its generation (null: no file). */
export async function adoptCaseJournal(dataDir: string): Promise<number | null> {
  const journal = caseJournalPath(dataDir);
  const generation = await generationOf(journal);
  if (generation === null) return null;
  const linked = caseOutboxPath(dataDir, generation);
  const [a, b] = await Promise.all([stat(journal).catch(() => null), stat(linked).catch(() => null)]);
  if (!a || (b && a.ino === b.ino && a.dev === b.dev)) return generation;
  await ensureDirDurable(dir(dataDir));
  await rm(linked, { force: true });
  await link(journal, linked);
  await fsyncDir(dir(dataDir));
  return generation;
}

export async function caseGenerations(dataDir: string): Promise<number[]> {
  const names = await readdir(dir(dataDir)).catch(() => [] as string[]);
  return names
    .map((n) => FILE.exec(n)?.[1])
    .filter((g): g is string => g !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export async function releaseGeneration(dataDir: string, generation: number): Promise<void> {
  await rm(caseOutboxPath(dataDir, generation), { force: true });
  await fsyncDir(dir(dataDir)).catch(() => undefined);
}
