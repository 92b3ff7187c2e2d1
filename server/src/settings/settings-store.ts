// settings.json: the office set-up, users and paired devices, kept by lowdb over durable writes.
// Small and rarely written, unlike the day's tickets, which go to the journal.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, Memory } from 'lowdb';
import { ensureDirDurable, writeFileDurable } from '../storage/durable-file.js';
import type { Logger } from '../storage/logger.js';
import { migrateSettings } from './migrations.js';
import { SettingsFileAdapter } from './settings-adapter.js';
import { checkSettings } from './settings-schema.js';
import type { Settings } from './types.js';
import { SETTINGS_SCHEMA_VERSION } from './types.js';

export interface SettingsStore {
  /** The current settings; change them only through update(). */
  readonly data: Settings;
  /**
   * Applies `fn` to a copy and writes it durably before it becomes `data`; updates run one at a time in
   * call order. If `fn` throws or the write fails, `data` stays as it was.
   */
  update<R>(fn: (draft: Settings) => R): Promise<R>;
}

export interface OpenSettingsOptions {
  /** The set-up of a brand-new office; called only when settings.json does not exist. */
  seed: () => Settings;
  log: Logger;
}

export const settingsPath = (dataDir: string): string => join(dataDir, 'settings.json');

export async function openSettings(dataDir: string, options: OpenSettingsOptions): Promise<SettingsStore> {
  const { seed, log } = options;
  await ensureDirDurable(dataDir);
  const path = settingsPath(dataDir);
  const adapter = new SettingsFileAdapter<Settings>(path);
  const raw = await adapter.read();
  let settings: Settings;
  if (raw === null) {
    settings = { ...seed(), schemaVersion: SETTINGS_SCHEMA_VERSION };
    await adapter.write(settings);
    log.info({ file: path }, 'settings: created from the seed');
  } else {
    const migrated = migrateSettings(path, raw);
    // Checked before anything is written, so a refused file is left exactly as it was.
    settings = checkSettings(path, migrated.settings);
    if (migrated.from < SETTINGS_SCHEMA_VERSION) {
      // The original stays beside it, so a faulty migration can be undone by hand.
      const backup = `${path}.v${migrated.from}.bak`;
      await writeFileDurable(backup, await readFile(path));
      await adapter.write(settings);
      log.info(
        { file: path, from: migrated.from, to: SETTINGS_SCHEMA_VERSION, backup },
        'settings: migrated',
      );
    }
  }
  return storeAround(new Low(adapter, settings));
}

/** The in-memory twin for tests of other parts: same behaviour, nothing on disk. */
export function openMemorySettings(initial: Settings): SettingsStore {
  return storeAround(new Low(new Memory<Settings>(), structuredClone(initial)));
}

function storeAround(db: Low<Settings>): SettingsStore {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    get data() {
      return db.data;
    },
    update(fn) {
      const run = tail.then(async () => {
        const draft = structuredClone(db.data);
        const result = fn(draft);
        // Written before it is shown: no one acts on a set-up that a power cut could still undo.
        await db.adapter.write(draft);
        db.data = draft;
        return result;
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
