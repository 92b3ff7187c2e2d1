// Where a restore lives while it waits, and what a data folder may hold. A restore is staged inside the
// data folder (.restore/) and swapped at the next start by renames, because the service may write only
// its data folder (server/deploy/kezek.service): the folder itself cannot be renamed or given a sibling.
import { join } from 'node:path';

export const RESTORE_DIR = '.restore';
export const restoreDir = (dataDir: string) => join(dataDir, RESTORE_DIR);
/** The unpacked backup, checked. */
export const stagedDir = (dataDir: string) => join(dataDir, RESTORE_DIR, 'staged');
/** Written last, synced: without it a staged folder is an unfinished upload and is thrown away. */
export const readyFile = (dataDir: string) => join(dataDir, RESTORE_DIR, 'ready.json');
/** Written when the swap starts: where the current data goes; a crash mid-swap resumes from it. */
export const planFile = (dataDir: string) => join(dataDir, RESTORE_DIR, 'plan.json');
/** Written once every old entry is aside: from then on only staged entries move. */
export const asideDoneFile = (dataDir: string) => join(dataDir, RESTORE_DIR, 'aside-done');

/** The data that was replaced, kept in the data folder: before-restore-2026-03-02T10-15. */
export const ASIDE_PREFIX = 'before-restore-';

/** Top-level names a Kezek data folder holds (README "Where the data lives"). */
const KNOWN = new Set([
  'settings.json',
  'audit.ndjson',
  'journal',
  'days',
  'media',
  'voice',
  'tls',
  'cases',
  'bookings',
]);

export type EntryVerdict = 'keep' | 'skip' | 'unexpected';

/** What to do with a path of a backup archive, './' stripped. */
export function judgeEntry(path: string): EntryVerdict {
  const top = path.replace(/^\.\//, '').split('/')[0] ?? '';
  if (top === '' || top === '.') return 'skip';
  // Leftovers a backup may carry: temp files of durable writes, restores and their asides.
  if (top.startsWith('.') || top.startsWith(ASIDE_PREFIX)) return 'skip';
  if (KNOWN.has(top) || /^settings\.json\.v\d+\.bak$/.test(top)) return 'keep';
  return 'unexpected';
}

/** Entries of the live data folder that a restore leaves where they are. */
export const staysInPlace = (name: string): boolean => name === RESTORE_DIR || name.startsWith(ASIDE_PREFIX);

export interface StagedRestore {
  stagedAt: number;
  /** The head who staged it: name and id, for the audit line written when it is applied. */
  by: string;
  byId: string;
  /** The office as the backup knows it. */
  office: string;
  schemaVersion: number;
  /** Closed days in days/, open journals in journal/. */
  days: number;
  journals: number;
  mediaFiles: number;
  /** The newest day the backup knows, closed or open. */
  newestDay: string | null;
}
