// Days written to a data folder the way the server keeps them, made by running commands through the pure
// queue: a closed day from a script at given local times (what its report must add up to can be worked
// out by hand), or today's journal part-way through.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { businessDay, execute, initialState, type Command, type OfficeConfig } from '@kezek/shared';
import { demoSettings } from '../../server/src/settings/demo-office.js';
import type { JournalEntry } from '../../server/src/office/journal-entry.js';
import { archiveDay, journalPath } from '../../server/src/storage/day-archive.js';
import { journalText } from '../../server/src/storage/journal-format.js';

/** [local "HH:MM", command] in time order. */
export type Script = readonly (readonly [string, Command])[];

export const ALMATY_OFFSET = '+05:00';

/** Yesterday in Almaty, so the day is closed and the office opens today as usual. */
export const yesterday = (): string => businessDay(Date.now() - 86_400_000, 'Asia/Almaty');

export async function writeFixtureDay(dataDir: string, day: string, script: Script): Promise<void> {
  const settings = demoSettings();
  const config: OfficeConfig = settings.office;
  const at = (hhmm: string) => Date.parse(`${day}T${hhmm}:00${ALMATY_OFFSET}`);
  const state = initialState(config);
  let ids = 0;
  const run = (time: string, command: Command) => {
    const r = execute(state, command, { now: at(time), newId: () => `f${++ids}` });
    if (!r.ok) throw new Error(`fixture ${time} ${command.type}: ${r.error}`);
  };
  run('08:55', { type: 'open-day', day, config });
  for (const [time, command] of script) run(time, command);
  run('18:00', { type: 'close-day' });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(settings, null, 2));
  await archiveDay(dataDir, day, at('18:00'), Object.values(state.tickets), config);
}

/**
 * Today, open, with `sectorId` having issued its ticket number `lastSeq` already (a busy afternoon): the
 * server replays it at start, so the next ticket of the sector continues from there.
 */
export async function writeTodayAt(dataDir: string, sectorId: string, lastSeq: number): Promise<void> {
  const settings = demoSettings();
  const config: OfficeConfig = settings.office;
  const now = Date.now();
  const day = businessDay(now, config.timeZone);
  const state = initialState(config);
  const entries: JournalEntry[] = [];
  let ids = 0;
  const run = (command: Command) => {
    const r = execute(state, command, { now, newId: () => `t${++ids}` });
    if (!r.ok) throw new Error(`fixture ${command.type}: ${r.error}`);
    entries.push({ seq: entries.length + 1, at: now, req: null, events: r.data, ack: null });
  };
  run({ type: 'open-day', day, config });
  const counters = state.sectors[sectorId];
  if (!counters) throw new Error(`no sector ${sectorId}`);
  counters.lastSeq = lastSeq - 1; // the issue below is number lastSeq; replay takes it from the ticket
  run({ type: 'issue', sectorId, serviceId: null, priority: null, lang: 'kk', source: 'fixture' });
  mkdirSync(join(dataDir, 'journal'), { recursive: true });
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(settings, null, 2));
  writeFileSync(journalPath(dataDir, day), journalText(entries));
}
