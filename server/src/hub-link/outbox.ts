// The days still to forward, as hard links to the office's journal files in <data-dir>/hub-link/days/.
// A link is the same file under a second name: it grows with every append, costs no copy, and keeps
// the day readable after the office archives it and removes the journal's own name, so a day closed
// while the hub was unreachable is still forwarded entry for entry when the link returns.
import { link, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { journalPath } from '../storage/day-archive.js';
import { ensureDirDurable, fsyncDir } from '../storage/durable-file.js';
import { linkDir } from './link-state.js';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.ndjson$/;
const outboxDir = (dataDir: string) => join(linkDir(dataDir), 'days');
export const outboxPath = (dataDir: string, day: string) => join(outboxDir(dataDir), `${day}.ndjson`);

/** Links the day's journal into the outbox (again, if the journal was replaced by a new file). */
export async function adoptDay(dataDir: string, day: string): Promise<void> {
  const journal = journalPath(dataDir, day);
  const linked = outboxPath(dataDir, day);
  const [a, b] = await Promise.all([stat(journal).catch(() => null), stat(linked).catch(() => null)]);
  if (!a || (b && a.ino === b.ino && a.dev === b.dev)) return;
  await ensureDirDurable(outboxDir(dataDir));
  await rm(linked, { force: true });
  await link(journal, linked);
  await fsyncDir(outboxDir(dataDir));
}

export async function outboxDays(dataDir: string): Promise<string[]> {
  const names = await readdir(outboxDir(dataDir)).catch(() => [] as string[]);
  return names
    .map((n) => DAY_FILE.exec(n)?.[1])
    .filter((d): d is string => d !== undefined)
    .sort();
}

/** The hub holds the whole day and the office has archived it: the second name can go. */
export async function releaseDay(dataDir: string, day: string): Promise<void> {
  await rm(outboxPath(dataDir, day), { force: true });
  await fsyncDir(outboxDir(dataDir)).catch(() => undefined);
}
