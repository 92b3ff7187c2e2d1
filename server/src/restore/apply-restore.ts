// At start, before anything reads the data folder: a staged, ready restore replaces the data. The
// current entries move into before-restore-<time>/, the staged ones take their place, all by renames
// in one file system, each phase marked on disk so a power cut mid-swap resumes rather than mixes.
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditLog } from '../audit/audit-log.js';
import { fsyncDir, readJsonFile, writeFileDurable } from '../storage/durable-file.js';
import { keepReplacedNumbers } from '../storage/restored-numbers.js';
import type { Logger } from '../storage/logger.js';
import {
  ASIDE_PREFIX,
  asideDoneFile,
  planFile,
  readyFile,
  restoreDir,
  stagedDir,
  staysInPlace,
  type StagedRestore,
} from './restore-layout.js';

export interface AppliedRestore {
  /** The folder (inside the data folder) that now holds the data the restore replaced. */
  aside: string;
  restored: StagedRestore;
}

export async function applyStagedRestore(
  dataDir: string,
  log: Logger,
  now = Date.now(),
): Promise<AppliedRestore | null> {
  const ready = await readJsonFile<StagedRestore>(readyFile(dataDir)).catch(() => null);
  if (!ready) {
    // An upload cut off before it was checked: nothing to apply, nothing to keep.
    await rm(restoreDir(dataDir), { recursive: true, force: true });
    return null;
  }
  let plan = await readJsonFile<{ aside: string }>(planFile(dataDir));
  if (!plan) {
    plan = { aside: `${ASIDE_PREFIX}${new Date(now).toISOString().slice(0, 16).replace(':', '-')}` };
    await writeFileDurable(planFile(dataDir), JSON.stringify(plan));
  }
  const aside = join(dataDir, plan.aside);
  if ((await readJsonFile(asideDoneFile(dataDir))) === null) {
    await mkdir(aside, { recursive: true });
    for (const name of await readdir(dataDir)) {
      if (!staysInPlace(name)) await rename(join(dataDir, name), join(aside, name));
    }
    await fsyncDir(aside);
    await fsyncDir(dataDir);
    await writeFileDurable(asideDoneFile(dataDir), 'true');
  }
  const staged = stagedDir(dataDir);
  for (const name of await readdir(staged)) await rename(join(staged, name), join(dataDir, name));
  await fsyncDir(dataDir);
  // Before the restore is marked done: a power cut here repeats this step, which is idempotent.
  await keepReplacedNumbers(dataDir, aside);
  await rm(restoreDir(dataDir), { recursive: true, force: true });
  await fsyncDir(dataDir);
  log.info(
    { aside, backupOf: ready.office, newestDay: ready.newestDay },
    'restore: applied the staged backup',
  );
  await new AuditLog(dataDir).append({
    at: now,
    actorId: ready.byId,
    actorName: ready.by,
    action: 'restore',
    summary: `backup restored (newest day ${ready.newestDay ?? '—'}); the data it replaced is in ${plan.aside}`,
  });
  return { aside: plan.aside, restored: ready };
}
