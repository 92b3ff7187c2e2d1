// Forwards the office's documents the hub needs to rebuild it: settings (without login sessions) and
// the ticket number reservations whenever they change, and each closed day's summary once. It looks
// every few seconds at the files' size and time, reads one only when that moved, and sends it when its
// content differs from what the hub last acknowledged; the office's own code is not touched.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { settingsPath } from '../settings/settings-store.js';
import { ensureDirDurable, readJsonFile, writeFileDurable } from '../storage/durable-file.js';
import { numbersPath } from '../storage/number-reserve.js';
import { DocumentAck, type OfficeDocument } from '../hub/wire-more.js';
import { LinkError, post, type Fetch } from './hub-client.js';
import { linkDir } from './link-state.js';
import { RetryLoop, type StepResult } from './retry-loop.js';

export interface DocumentLinkOptions {
  dataDir: string;
  hubUrl: string;
  key: string;
  log: Logger;
  clock?: () => number;
  fetch?: Fetch;
  retryMs?: number;
  maxRetryMs?: number;
  idleMs?: number;
  timeoutMs?: number;
}

const State = z.object({
  schemaVersion: z.literal(1),
  /** "kind:key" -> hash of the body the hub acknowledged. */
  acked: z.record(z.string(), z.string()),
});
type State = z.infer<typeof State>;
const statePath = (dataDir: string) => join(linkDir(dataDir), 'documents-acked.json');
const SUMMARY = /^(\d{4}-\d{2}-\d{2})\.summary\.json$/;
/** Summaries per request: an office linked for the first time sends years of them. */
const SUMMARIES_PER_BATCH = 30;
/** Characters of JSON per request; the hub's route takes up to MAX_CASE_BATCH_BYTES. */
const MAX_DOCUMENT_BATCH_CHARS = 4 * 1024 * 1024;

interface Changed {
  doc: OfficeDocument;
  hash: string;
  path: string;
  signature: string;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

export class DocumentLink {
  readonly #o: DocumentLinkOptions;
  #state: State = { schemaVersion: 1, acked: {} };
  /** path -> "size:mtime" when last read, so an unchanged file is not read again. */
  readonly #seen = new Map<string, string>();
  #nudge: NodeJS.Timeout | null = null;
  readonly loop: RetryLoop;

  constructor(options: DocumentLinkOptions) {
    this.#o = options;
    this.loop = new RetryLoop(
      {
        log: options.log,
        clock: options.clock ?? Date.now,
        retryMs: options.retryMs ?? 1000,
        maxRetryMs: options.maxRetryMs ?? 30_000,
        idleMs: options.idleMs ?? 5000,
        name: 'documents',
      },
      () => this.#step(),
    );
  }

  async start(): Promise<void> {
    const parsed = State.safeParse(await readJsonFile(statePath(this.#o.dataDir)).catch(() => null));
    if (parsed.success) this.#state = parsed.data;
    this.loop.start();
  }

  stop(): Promise<void> {
    if (this.#nudge) clearTimeout(this.#nudge);
    return this.loop.stop();
  }

  /**
   * Something may have changed (a ticket was issued, so the reservations may have moved): look within a
   * second rather than at the next idle round, but at most once a second, whatever the office's pace.
   */
  nudge(): void {
    if (this.#nudge) return;
    this.#nudge = setTimeout(() => {
      this.#nudge = null;
      this.loop.wake();
    }, 1000);
    this.#nudge.unref();
  }

  async #step(): Promise<StepResult> {
    const docs = await this.#changed();
    if (docs.length === 0) return 'idle';
    // By size too: a big centre's day summary is large, and the route takes a bounded body.
    const batch: Changed[] = [];
    const parts: string[] = [];
    let size = 0;
    for (const d of docs.slice(0, SUMMARIES_PER_BATCH)) {
      const part = JSON.stringify(d.doc);
      if (batch.length > 0 && size + part.length > MAX_DOCUMENT_BATCH_CHARS) break;
      batch.push(d);
      parts.push(part);
      size += part.length;
    }
    const o = this.#o;
    const body = `{"documents":[${parts.join(',')}]}`;
    const answer = await post('/api/hub/documents', o.hubUrl, o.key, body, o.timeoutMs ?? 15_000, o.fetch);
    if (!DocumentAck.safeParse(answer).success) throw new LinkError('bad_answer');
    for (const d of batch) {
      this.#state.acked[`${d.doc.kind}:${d.doc.key}`] = d.hash;
      this.#seen.set(d.path, d.signature);
    }
    await ensureDirDurable(linkDir(o.dataDir));
    await writeFileDurable(statePath(o.dataDir), JSON.stringify(this.#state));
    return 'sent';
  }

  async #changed(): Promise<Changed[]> {
    const dir = this.#o.dataDir;
    const out: Changed[] = [];
    const settings = await this.#read(settingsPath(dir), 'settings', '', (body) => {
      // Logins change with every sign-in and mean nothing off-site: a rebuilt office signs everyone in anew.
      const { sessions: _sessions, ...rest } = body;
      return { ...rest, sessions: [] };
    });
    if (settings) out.push(settings);
    const numbers = await this.#read(numbersPath(dir), 'numbers', '', (body) => body);
    if (numbers) out.push(numbers);
    const days = join(dir, 'days');
    const names = (await readdir(days).catch(() => [] as string[])).sort();
    for (const name of names) {
      const day = SUMMARY.exec(name)?.[1];
      if (!day || this.#state.acked[`day-summary:${day}`] !== undefined) continue;
      const doc = await this.#read(join(days, name), 'day-summary', day, (body) => body);
      if (doc) out.push(doc);
      if (out.length > SUMMARIES_PER_BATCH) break;
    }
    return out;
  }

  async #read(
    path: string,
    kind: OfficeDocument['kind'],
    key: string,
    shape: (body: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<Changed | null> {
    const st = await stat(path).catch(() => null);
    if (!st) return null;
    const signature = `${st.size}:${st.mtimeMs}`;
    const id = `${kind}:${key}`;
    if (this.#seen.get(path) === signature && this.#state.acked[id] !== undefined) return null;
    const text = await readFile(path, 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Caught mid-write by another process's editor, or damaged: the office's own start says which.
      return null;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const body = shape(parsed as Record<string, unknown>);
    const h = hash(JSON.stringify(body));
    if (this.#state.acked[id] === h) {
      this.#seen.set(path, signature);
      return null;
    }
    const doc = { kind, key, takenAt: Math.round(st.mtimeMs), body } as OfficeDocument;
    return { doc, hash: h, path, signature };
  }
}
