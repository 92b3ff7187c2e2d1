// Numbers the data a restore replaced had given out. A backup made earlier the same day brings back that
// morning's journal and number reservations; without this file the day would go on from the morning's
// last number and give again the numbers issued between the backup and the restore. The replaced data's
// reservations (number-reserve.ts: at least every number it acknowledged) are kept here, and the day
// opens past them (the office's `skip-numbers`, which is idempotent, so every start may apply it).
// Numbers after a restore therefore jump ahead, by up to one reservation block per sector; never back.
import { join } from 'node:path';
import { ensureDirDurable, readJsonFile, writeFileDurable } from './durable-file.js';
import { numbersPath } from './number-reserve.js';

type DayNumbers = Record<string, number>;
interface RestoredFile {
  schemaVersion: 1;
  days: Record<string, DayNumbers>;
}

export const restoredNumbersPath = (dataDir: string): string =>
  join(dataDir, 'journal', 'restored-numbers.json');

const isDays = (v: unknown): v is Record<string, DayNumbers> =>
  typeof v === 'object' &&
  v !== null &&
  Object.values(v).every(
    (d) =>
      typeof d === 'object' &&
      d !== null &&
      Object.values(d as object).every((n) => Number.isInteger(n) && (n as number) >= 0),
  );

async function readDays(path: string): Promise<Record<string, DayNumbers>> {
  const raw = await readJsonFile<{ days?: unknown }>(path).catch(() => null);
  return raw && isDays(raw.days) ? raw.days : {};
}

/** Per day and sector, the numbers to open past; empty when no restore left any. */
export const readRestoredNumbers = (dataDir: string): Promise<Record<string, DayNumbers>> =>
  readDays(restoredNumbersPath(dataDir));

function merge(into: Record<string, DayNumbers>, from: Record<string, DayNumbers>): void {
  for (const [day, sectors] of Object.entries(from)) {
    const target = (into[day] ??= {});
    for (const [sector, n] of Object.entries(sectors)) target[sector] = Math.max(target[sector] ?? 0, n);
  }
}

/**
 * Adds the reservations of the replaced data folder (`asideDir`) to the live folder's record, keeping
 * what earlier restores left. Safe to repeat: a restore resumed after a power cut writes the same.
 */
export async function keepReplacedNumbers(dataDir: string, asideDir: string): Promise<void> {
  const days = await readRestoredNumbers(dataDir);
  merge(days, await readDays(numbersPath(asideDir)));
  merge(days, await readDays(restoredNumbersPath(asideDir)));
  if (Object.keys(days).length === 0) return;
  const file: RestoredFile = { schemaVersion: 1, days };
  await ensureDirDurable(join(dataDir, 'journal'));
  await writeFileDurable(restoredNumbersPath(dataDir), JSON.stringify(file) + '\n');
}
