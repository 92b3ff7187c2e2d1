// A closed day written to a data folder the way the server archives one, from a script of commands at
// given local times run through the pure queue: what the head's report of that day must add up to can
// then be worked out by hand from the script.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { businessDay, execute, initialState, type Command, type OfficeConfig } from '@kezek/shared';
import { demoSettings } from '../../server/src/settings/demo-office.js';
import { archiveDay } from '../../server/src/storage/day-archive.js';

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
