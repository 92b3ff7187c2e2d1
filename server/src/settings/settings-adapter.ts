// lowdb adapter over durable writes: lowdb's own JSONFile (steno) never fsyncs, and a power cut after
// "save" must not cost the office its desks, users or paired kiosks.
import type { Adapter } from 'lowdb';
import { readJsonFile, writeFileDurable } from '../storage/durable-file.js';
import { CorruptFileError } from '../storage/errors.js';
import { SettingsCorruptError } from './errors.js';

export class SettingsFileAdapter<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  /** null when the file does not exist; never for a file that exists but cannot be parsed. */
  async read(): Promise<T | null> {
    try {
      return await readJsonFile<T>(this.path);
    } catch (error) {
      if (error instanceof CorruptFileError) {
        throw new SettingsCorruptError(this.path, 'is not valid JSON', { cause: error.cause });
      }
      throw error;
    }
  }

  async write(data: T): Promise<void> {
    // Indented: the head of office or a technician may have to read or repair it by hand.
    await writeFileDurable(this.path, JSON.stringify(data, null, 2) + '\n');
  }
}
