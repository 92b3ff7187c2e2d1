// --accept-damaged-journal: a journal that would refuse the start is copied aside whole, cut back to its
// good prefix, and the day goes on from there. The prefix is found by reading the file the way the office
// will (checksums, entry shapes, sequence) and folding it into a scratch queue, so a line that would throw
// half-way through the replay is cut off too, before the office sees any of it.
import { readFile } from 'node:fs/promises';
import { evolve, initialState, type OfficeConfig } from '@kezek/shared';
import { entryChecker, type JournalEntry } from '../office/journal-entry.js';
import { truncateDurable, writeFileDurable } from './durable-file.js';
import { JournalCorruptError } from './errors.js';
import { parseJournal } from './journal-read.js';
import type { Logger } from './logger.js';

type Numbers = Record<string, number>;

export interface RepairContext {
  /** The day's reserved numbers (number-reserve.ts). */
  reserved: Readonly<Numbers>;
  config: OfficeConfig;
  log: Logger;
  now?: () => number;
}

/**
 * null when the journal is sound. Otherwise the file is repaired and the result is, per sector, the
 * highest number the lost part may have given out: the reservation, or the highest readable in the
 * damaged original if that is higher (a journal written before reservations existed).
 */
export async function repairJournal(path: string, ctx: RepairContext): Promise<Numbers | null> {
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  const { damage, count } = readScratch(path, bytes ?? new Uint8Array(), ctx.config);
  const lost = damage === null && count === 0 && Object.values(ctx.reserved).some((n) => n > 0);
  if (damage === null && !lost) return null;
  const stamp = new Date(ctx.now?.() ?? Date.now()).toISOString().replace(/[:.]/g, '-');
  const copy = `${path}.damaged-${stamp}`;
  if (bytes && bytes.length > 0) await writeFileDurable(copy, bytes);
  if (damage) await truncateDurable(path, damage.goodLength);
  ctx.log.warn(
    {
      file: path,
      line: damage?.line ?? null,
      reason: damage?.reason ?? 'no entries although the day gave out numbers',
      copy: bytes && bytes.length > 0 ? copy : null,
      keptBytes: damage?.goodLength ?? 0,
    },
    'journal: damaged journal accepted (--accept-damaged-journal); the day goes on from its good prefix',
  );
  return maxNumbers(ctx.reserved, bytes ? highestReadable(bytes) : {});
}

function readScratch(
  path: string,
  bytes: Uint8Array,
  config: OfficeConfig,
): { damage: JournalCorruptError | null; count: number } {
  const check = entryChecker();
  const scratch = initialState(config);
  try {
    const { count } = parseJournal(path, bytes, (raw) => {
      for (const event of check(raw).events) evolve(scratch, event);
    });
    return { damage: null, count };
  } catch (err) {
    if (err instanceof JournalCorruptError) return { damage: err, count: 0 };
    throw err;
  }
}

/** Every ticket number that can still be read anywhere in the file, damaged lines included. */
function highestReadable(bytes: Uint8Array): Numbers {
  const out: Numbers = {};
  for (const line of Buffer.from(bytes).toString('utf8').split('\n')) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const framed = (value as { entry?: unknown } | null)?.entry ?? value;
    const events = (framed as Partial<JournalEntry> | null)?.events;
    if (!Array.isArray(events)) continue;
    for (const e of events as unknown[]) {
      const ticket = (e as { type?: unknown; ticket?: { sectorId?: unknown; seq?: unknown } }).ticket;
      if ((e as { type?: unknown }).type !== 'ticket:issued' || !ticket) continue;
      const { sectorId, seq } = ticket;
      if (typeof sectorId === 'string' && Number.isInteger(seq)) {
        out[sectorId] = Math.max(out[sectorId] ?? 0, seq as number);
      }
    }
  }
  return out;
}

function maxNumbers(a: Readonly<Numbers>, b: Readonly<Numbers>): Numbers {
  const out: Numbers = { ...a };
  for (const [id, n] of Object.entries(b)) out[id] = Math.max(out[id] ?? 0, n);
  return out;
}
