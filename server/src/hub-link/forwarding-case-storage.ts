// The office's case storage with the hub link listening in: the link hears of each case entry only once
// the journal's append has resolved (the entry is synced), and of each (re)open of the journal, which a
// compaction's rewrite starts anew. Everything else passes through untouched.
import type { CaseEntry, CaseStorage } from '../cases/case-storage.js';
import type { Journal } from '../storage/journal-types.js';

export interface CaseListener {
  opened(lastSeq: number): Promise<void>;
  durable(seq: number): void;
}

export function forwardingCaseStorage(inner: CaseStorage, link: CaseListener): CaseStorage {
  return {
    ...inner,
    async open(onEntry) {
      let last = 0;
      const journal = await inner.open((entry) => {
        onEntry(entry);
        last = entry.seq;
      });
      await link.opened(last).catch(() => undefined);
      const forwarding: Journal<CaseEntry> = {
        append: (entry, sealed) =>
          journal.append(entry, sealed).then(() => {
            try {
              link.durable(entry.seq);
            } catch {
              // A fault in the link must never fail the office's append.
            }
          }),
        close: () => journal.close(),
        get size() {
          return journal.size;
        },
        get failed() {
          return journal.failed;
        },
        get stats() {
          return journal.stats;
        },
      };
      return forwarding;
    },
  };
}
