// Reading an office's own data back from the hub (hub/restore-routes.ts) with the office's key, page by
// page. Every answer is checked by shape before the rebuild writes anything from it.
import { z } from 'zod';
import type { Case } from '@kezek/shared';
import type { JournalEntry } from '../office/journal-entry.js';

const Days = z.object({
  days: z.array(
    z.object({
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      storedSeq: z.number().int(),
      closed: z.boolean(),
    }),
  ),
});
const Entries = z.object({
  entries: z.array(z.looseObject({ seq: z.number().int().min(1), events: z.array(z.looseObject({})) })),
});
const Cases = z.object({
  cases: z.array(z.looseObject({ id: z.string(), status: z.string() })),
  counters: z.record(z.string(), z.number().int()),
});
const Documents = z.object({
  documents: z.array(
    z.object({
      kind: z.string(),
      key: z.string(),
      takenAt: z.number(),
      body: z.record(z.string(), z.unknown()),
    }),
  ),
});

export type HubDay = z.infer<typeof Days>['days'][number];
export type HubDocument = z.infer<typeof Documents>['documents'][number];

export class HubReadError extends Error {}

export class HubReader {
  constructor(
    private readonly hubUrl: string,
    private readonly key: string,
  ) {}

  async #get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    let res: Response;
    try {
      res = await fetch(new URL(path, this.hubUrl), {
        headers: { authorization: `Bearer ${this.key}` },
        signal: AbortSignal.timeout(120_000),
      });
    } catch (err) {
      throw new HubReadError(`cannot reach the hub at ${this.hubUrl}: ${String(err)}`);
    }
    if (res.status === 401) throw new HubReadError('the hub does not accept this office key');
    if (res.status !== 200) throw new HubReadError(`the hub answered ${res.status} to ${path}`);
    const parsed = schema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new HubReadError(`the hub's answer to ${path} is not what this office reads`);
    return parsed.data;
  }

  async days(): Promise<HubDay[]> {
    return (await this.#get('/api/hub/restore/days', Days)).days;
  }

  /** Every entry of the day the hub holds without a gap, in seq order. */
  async entries(day: string): Promise<JournalEntry[]> {
    const out: JournalEntry[] = [];
    for (;;) {
      const after = out.at(-1)?.seq ?? 0;
      const page = await this.#get(`/api/hub/restore/entries?day=${day}&after=${after}`, Entries);
      if (page.entries.length === 0) return out;
      for (const e of page.entries) {
        if (e.seq !== (out.at(-1)?.seq ?? 0) + 1)
          throw new HubReadError(`day ${day}: entry ${e.seq} out of order`);
        out.push(e as unknown as JournalEntry);
      }
    }
  }

  async cases(): Promise<{ cases: Case[]; counters: Record<string, number> }> {
    const cases: Case[] = [];
    let counters: Record<string, number> = {};
    for (;;) {
      const after = cases.at(-1)?.id ?? '';
      const page = await this.#get(`/api/hub/restore/cases?after=${encodeURIComponent(after)}`, Cases);
      counters = page.counters;
      if (page.cases.length === 0) return { cases, counters };
      cases.push(...(page.cases as unknown as Case[]));
    }
  }

  async documents(): Promise<HubDocument[]> {
    return (await this.#get('/api/hub/restore/documents', Documents)).documents;
  }
}
