// A staged backup is checked the way the server will read it at start, so a restore never swaps in a
// folder the server then refuses to start on: settings readable and of a known schemaVersion with an
// active head, every journal readable (a torn last line is fine, start-up repairs it), every day file JSON.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJournal } from '../storage/journal-read.js';
import { readJsonFile } from '../storage/durable-file.js';
import { migrateSettings } from '../settings/migrations.js';
import { checkSettings } from '../settings/settings-schema.js';
import type { StagedRestore } from './restore-layout.js';

export class RestoreInvalidError extends Error {
  override name = 'RestoreInvalidError';
}

const list = (dir: string) => readdir(dir).catch(() => [] as string[]);

export async function checkStaged(dir: string): Promise<Omit<StagedRestore, 'stagedAt' | 'by' | 'byId'>> {
  const path = join(dir, 'settings.json');
  let raw: unknown;
  try {
    raw = await readJsonFile(path);
  } catch {
    throw new RestoreInvalidError('settings.json is not JSON');
  }
  if (raw === null) throw new RestoreInvalidError('no settings.json at the top of the archive');
  let migrated;
  try {
    migrated = migrateSettings(path, raw);
    checkSettings(path, migrated.settings);
  } catch (cause) {
    throw new RestoreInvalidError(`settings.json: ${(cause as Error).message}`);
  }
  const { settings, from } = migrated;
  const heads = (settings.users ?? []).filter((u) => u.role === 'head' && u.active && u.passwordHash);
  if (heads.length === 0)
    throw new RestoreInvalidError('settings.json has no active head: nobody could sign in');

  const journals = (await list(join(dir, 'journal'))).filter((n) => n.endsWith('.ndjson'));
  for (const name of journals) {
    const file = join(dir, 'journal', name);
    try {
      parseJournal(file, await readFile(file));
    } catch {
      throw new RestoreInvalidError(`journal/${name} is damaged`);
    }
  }
  // The case and booking journals too: a damaged one would refuse the start that applies the restore.
  for (const [folder, name] of [
    ['cases', 'cases.ndjson'],
    ['bookings', 'bookings.ndjson'],
  ] as const) {
    if (!(await list(join(dir, folder))).includes(name)) continue;
    const file = join(dir, folder, name);
    try {
      parseJournal(file, await readFile(file));
    } catch {
      throw new RestoreInvalidError(`${folder}/${name} is damaged`);
    }
  }
  const dayFiles = (await list(join(dir, 'days'))).filter((n) => n.endsWith('.json'));
  for (const name of dayFiles) {
    try {
      await readJsonFile(join(dir, 'days', name));
    } catch {
      throw new RestoreInvalidError(`days/${name} is not JSON`);
    }
  }
  const days = [...dayFiles, ...journals].map((n) => /^(\d{4}-\d{2}-\d{2})/.exec(n)?.[1]).filter(Boolean);
  return {
    office: settings.office?.officeName?.kk ?? '',
    schemaVersion: from,
    days: dayFiles.filter((n) => /^\d{4}-\d{2}-\d{2}\.json$/.test(n)).length,
    journals: journals.length,
    mediaFiles: (await list(join(dir, 'media'))).filter((n) => !n.startsWith('.')).length,
    newestDay: (days.sort().at(-1) as string | undefined) ?? null,
  };
}
