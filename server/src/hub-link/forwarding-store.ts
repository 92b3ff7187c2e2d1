// The office's DayStore with the hub link listening in: it learns of each entry only when the
// journal's append resolves (the entry is synced), of each day opened and archived, and otherwise
// passes everything through untouched. The office code does not know the link exists.
import type { DayJournal, DayStore } from '../office/day-store.js';
import type { JournalEntry } from '../office/journal-entry.js';

/** What the day store tells the link (HubLink, or the LinkSwitch in front of it). */
export interface DayListener {
  dayOpened(day: string, lastSeq: number): Promise<void>;
  /** Called after the entry's sync; must never throw into the office's append. */
  durableSafely(day: string, entry: JournalEntry): void;
  dayArchived(day: string): void;
}

export function forwardingDayStore(inner: DayStore, link: DayListener): DayStore {
  return {
    ...inner,
    async openDay(day, replay) {
      let last = 0;
      const journal = await inner.openDay(day, (entry) => {
        replay(entry);
        last = entry.seq;
      });
      await link.dayOpened(day, last);
      const forwarding: DayJournal = {
        ...journal,
        append: (entry, sealed) => journal.append(entry, sealed).then(() => link.durableSafely(day, entry)),
        close: () => journal.close(),
      };
      return forwarding;
    },
    async archive(day, closedAt, tickets, config, work) {
      await inner.archive(day, closedAt, tickets, config, work);
      link.dayArchived(day);
    },
  };
}
