// Rebuilds an office's data folder from the region hub, with the office's own writers, so that the
// office started on it replays, archives and numbers exactly as it would have: every day the hub holds
// becomes a format-2 journal (the office closes and archives past days itself at its start), cases
// become a compacted case journal plus the archive, settings come back without logins, and the open
// day's numbering is moved on past every number the hub knows was or may have been given.
import { readdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decide, evolve, initialState, type OfficeConfig } from '@kezek/shared';
import { fileCaseStorage, type CaseEntry } from '../cases/case-storage.js';
import { KEEP_SETTLED_MS } from '../cases/case-store.js';
import type { JournalEntry } from '../office/journal-entry.js';
import { settingsPath } from '../settings/settings-store.js';
import { journalPath } from '../storage/day-archive.js';
import { ensureDirDurable, fsyncDir, writeFileDurable } from '../storage/durable-file.js';
import { journalText } from '../storage/journal-format.js';
import type { Logger } from '../storage/logger.js';
import { NumberReservations, numbersPath } from '../storage/number-reserve.js';
import { HubTarget, saveLinkConfig } from '../hub-link/link-config.js';
import { saveLinkState } from '../hub-link/link-state.js';
import { HubReader, HubReadError, type HubDocument } from './hub-reader.js';

export interface RebuildOptions {
  hubUrl: string;
  key: string;
  dataDir: string;
  log: Logger;
  now?: number;
}

export interface RebuildResult {
  days: number;
  entries: number;
  cases: number;
  archivedCases: number;
  /** Per sector of the open day: where its numbering goes on after. */
  numbersFrom: Record<string, number>;
}

/**
 * Builds the folder beside the target and moves it into place only when it is whole, so a hub that
 * goes away half-way leaves nothing an office could start on (and the command can simply run again).
 */
export async function rebuildOffice(o: RebuildOptions): Promise<RebuildResult> {
  const names = await readdir(o.dataDir).catch(() => [] as string[]);
  if (names.length > 0) {
    throw new HubReadError(`${o.dataDir} is not empty: rebuild into a new folder, then put it in place`);
  }
  const work = `${o.dataDir}.rebuilding-${process.pid}`;
  await rm(work, { recursive: true, force: true });
  try {
    const result = await rebuildInto({ ...o, dataDir: work });
    // An empty target folder (checked above) makes way; rename cannot replace a folder.
    await rmdir(o.dataDir).catch(() => undefined);
    await rename(work, o.dataDir);
    await fsyncDir(dirname(o.dataDir));
    return result;
  } catch (err) {
    await rm(work, { recursive: true, force: true });
    throw err;
  }
}

async function rebuildInto(o: RebuildOptions): Promise<RebuildResult> {
  const now = o.now ?? Date.now();
  const hub = new HubReader(o.hubUrl, o.key);
  const documents = await hub.documents();
  const settings = documents.find((d) => d.kind === 'settings')?.body;
  if (!settings) throw new HubReadError('the hub holds no settings of this office: nothing to rebuild from');
  const office = settings.office as OfficeConfig;
  await ensureDirDurable(join(o.dataDir, 'journal'));
  await writeFileDurable(settingsPath(o.dataDir), JSON.stringify({ ...settings, sessions: [] }, null, 2));

  const days = await hub.days();
  const acked: Record<string, number> = {};
  let entries = 0;
  let numbersFrom: Record<string, number> = {};
  for (const [i, d] of days.entries()) {
    const dayEntries = await hub.entries(d.day);
    if (dayEntries.length === 0) continue;
    acked[d.day] = dayEntries.length;
    entries += dayEntries.length;
    const last = i === days.length - 1;
    if (last && !d.closed) {
      const skip = skipEntry(office, dayEntries, reservedOf(documents, d.day), now);
      if (skip.entry) dayEntries.push(skip.entry);
      numbersFrom = skip.lastSeq;
      const numbers = await NumberReservations.open(numbersPath(o.dataDir));
      for (const [sector, seq] of Object.entries(numbersFrom)) await numbers.cover(d.day, sector, seq);
    }
    await writeFileDurable(journalPath(o.dataDir, d.day), journalText(dayEntries, now));
    o.log.info({ day: d.day, entries: dayEntries.length }, 'rebuild: day journal written');
  }
  // Numbers reserved for a later day the hub holds no entry of: tickets were given that never reached
  // the hub. Kept, so the office refuses to start as for any lost journal, and once accepted
  // (--accept-damaged-journal) numbers on after them instead of giving them again.
  const reserved = documents.find((d) => d.kind === 'numbers')?.body as
    { days?: Record<string, Record<string, number>> } | undefined;
  const lastDay = days.at(-1)?.day ?? '';
  for (const [day, sectors] of Object.entries(reserved?.days ?? {})) {
    if (day <= lastDay) continue;
    const numbers = await NumberReservations.open(numbersPath(o.dataDir));
    for (const [sector, seq] of Object.entries(sectors)) await numbers.cover(day, sector, seq);
  }
  // What the hub holds needs no sending again; anything the rebuilt office adds is sent from there, to
  // the same hub with the same key, as if the head had set them (a start command's link still wins).
  await saveLinkState(o.dataDir, { schemaVersion: 1, acked, lastDeliveredAt: null });
  const target = HubTarget.safeParse({ url: o.hubUrl, key: o.key });
  if (target.success) await saveLinkConfig(o.dataDir, target.data);

  const { cases, counters } = await hub.cases();
  const settled = cases.filter((k) => {
    const closedAt = k.answer?.at ?? k.redirect?.at ?? null;
    return k.status !== 'open' && closedAt !== null && now - closedAt >= KEEP_SETTLED_MS;
  });
  const gone = new Set(settled.map((k) => k.id));
  const live = cases.filter((k) => !gone.has(k.id));
  const storage = fileCaseStorage(o.dataDir, o.log);
  await ensureDirDurable(join(o.dataDir, 'cases'));
  await storage.archive.add(settled);
  const restored: CaseEntry = {
    seq: 1,
    at: now,
    req: null,
    events: [{ type: 'cases:restored', at: now, cases: live, counters }],
    ack: null,
  };
  await storage.rewrite([restored]);
  return {
    days: Object.keys(acked).length,
    entries,
    cases: live.length,
    archivedCases: settled.length,
    numbersFrom,
  };
}

/** The highest numbers per sector the office's own reservation file last told the hub for `day`. */
function reservedOf(documents: readonly HubDocument[], day: string): Record<string, number> {
  const numbers = documents.find((d) => d.kind === 'numbers')?.body as
    { days?: Record<string, Record<string, number>> } | undefined;
  return numbers?.days?.[day] ?? {};
}

/**
 * The open day's next entry: numbering goes on after the reservation the office last forwarded, which
 * is ahead of every number it had acknowledged then. Decided by the office's own queue code, so the
 * rebuilt office replays it like any other entry (and forwards it to the hub as the day's next one).
 */
function skipEntry(
  config: OfficeConfig,
  entries: readonly JournalEntry[],
  reserved: Record<string, number>,
  now: number,
): { entry: JournalEntry | null; lastSeq: Record<string, number> } {
  const state = initialState(config);
  for (const e of entries) for (const event of e.events) evolve(state, event);
  const lastSeq: Record<string, number> = {};
  for (const [sector, s] of Object.entries(state.sectors)) {
    lastSeq[sector] = Math.max(s.lastSeq, reserved[sector] ?? 0);
  }
  const decided = decide(state, { type: 'skip-numbers', lastSeq }, { now, newId: () => 'rebuild' });
  const top = entries.at(-1)?.seq ?? 0;
  if (!decided.ok || decided.data.length === 0) return { entry: null, lastSeq };
  return { entry: { seq: top + 1, at: now, req: null, events: decided.data, ack: null }, lastSeq };
}
