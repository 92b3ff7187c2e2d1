// A 40,000-event day on disk: the data folder the bench server starts over, and the restart timed in
// process (Office.start over the real journal file: read, parse, fold every event).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { businessDay, type OfficeConfig } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { Office } from '../office/office.js';
import type { Settings } from '../settings/types.js';
import { journalPath } from '../storage/day-archive.js';
import { fileDayStore } from '../storage/file-day-store.js';
import { journalText } from '../storage/journal-format.js';
import { generateDay } from './generate-day.js';

export const DAY_VISITORS = 5000;

/** Writes settings.json and today's journal (5,000 visitors, desks closed, the day still open). */
export async function seedDataDir(
  dir: string,
  settings: Settings,
): Promise<{ events: number; entries: number }> {
  const config = settings.office;
  const now = Date.now();
  const day = businessDay(now, config.timeZone);
  const generated = generateDay(config, day, now - 6 * 3600_000, DAY_VISITORS, false);
  await mkdir(join(dir, 'journal'), { recursive: true });
  await writeFile(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
  await writeFile(journalPath(dir, day), journalText(generated.entries));
  return { events: generated.events, entries: generated.entries.length };
}

/** Office.start over `dir`'s journal, as a restart does; the state must hold every visitor. */
export async function timeReplay(dir: string, config: OfficeConfig): Promise<number> {
  const store = await fileDayStore(dir, silentLogger, { config: () => config });
  const t = performance.now();
  const office = await Office.start({
    store,
    clock: Date.now,
    newId: () => Math.random().toString(36).slice(2),
    log: silentLogger,
    config: () => config,
    operatorNames: () => ({}),
  });
  const ms = performance.now() - t;
  const tickets = Object.keys(office.queue.tickets).length;
  await office.close();
  if (tickets < DAY_VISITORS) throw new Error(`replay rebuilt ${tickets} tickets`);
  return ms;
}
