// Reading a day's entries back from its journal file for the forwarder, through the journal's own
// reader. A big centre's full day is ~37,000 entries and takes the reader 200-350 ms here: on the office's
// event loop that would stall every broadcast each time the window is refilled, so the built server
// parses in a worker thread. Tests that run the TypeScript sources have no built worker and parse here.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JournalEntry } from '../office/journal-entry.js';
import { parseJournal } from '../storage/journal-read.js';

export interface ReadBackRequest {
  /** Files to try in order: the outbox link, then the journal itself. */
  paths: string[];
  /** Entries with after < seq <= upTo, at most `max` of them. */
  after: number;
  upTo: number;
  max: number;
}

export interface ReadBackResult {
  window: JournalEntry[];
  /** The highest seq in the file, for the pending count. */
  last: number;
}

const WORKER = new URL('./read-back-worker.js', import.meta.url);
const hasWorker = WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));

export function readBack(request: ReadBackRequest): Promise<ReadBackResult> {
  if (!hasWorker) return readBackHere(request);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: request });
    worker.once('message', (result: ReadBackResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`read-back worker exited with ${code}`));
    });
  });
}

export async function readBackHere({ paths, after, upTo, max }: ReadBackRequest): Promise<ReadBackResult> {
  const window: JournalEntry[] = [];
  let last = 0;
  for (const path of paths) {
    const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (!bytes) continue;
    parseJournal(path, bytes, (raw) => {
      const entry = raw as JournalEntry;
      last = Math.max(last, entry.seq);
      if (entry.seq > after && entry.seq <= upTo && window.length < max) window.push(entry);
    });
    break;
  }
  return { window, last };
}
