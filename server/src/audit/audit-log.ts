// Who changed the set-up, when, and what: one JSON line per change in data/audit.ndjson, synced before
// the change is answered, so a change the head saw saved is always in the log. Without a data folder
// (tests on memory stores) the log lives in memory.
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '@kezek/shared';
import { fsyncDir } from '../storage/durable-file.js';

/** Lines kept in memory for the audit screen; the file keeps everything. */
const KEEP = 1000;

export class AuditLog {
  private entries: AuditEntry[] | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly dataDir: string | null) {}

  private get path(): string | null {
    return this.dataDir === null ? null : join(this.dataDir, 'audit.ndjson');
  }

  /** Appends and syncs; appends are serialised so lines never interleave. */
  append(entry: AuditEntry): Promise<void> {
    const run = this.chain.then(async () => {
      const list = await this.load();
      if (this.path !== null) await appendLine(this.path, JSON.stringify(entry));
      list.push(entry);
      if (list.length > KEEP) list.splice(0, list.length - KEEP);
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Newest first. */
  async list(limit: number): Promise<AuditEntry[]> {
    const list = await this.load();
    return list.slice(-limit).reverse();
  }

  private async load(): Promise<AuditEntry[]> {
    if (this.entries) return this.entries;
    const loaded: AuditEntry[] = [];
    if (this.path !== null) {
      const text = await readFile(this.path, 'utf8').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return '';
        throw e;
      });
      for (const line of text.split('\n')) {
        // A torn last line (power cut mid-append) is skipped, not fatal.
        try {
          if (line.trim()) loaded.push(JSON.parse(line) as AuditEntry);
        } catch {
          continue;
        }
      }
    }
    this.entries = loaded.slice(-KEEP);
    return this.entries;
  }
}

async function appendLine(path: string, line: string): Promise<void> {
  const handle = await open(path, 'a');
  const created = (await handle.stat()).size === 0;
  try {
    await handle.appendFile(`${line}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (created) await fsyncDir(join(path, '..'));
}
