// What the office announces is only ever what is on disk: the hall a command's broadcast carries is built
// when its journal batch is sealed, never from commands still waiting for a later sync.
import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command, HallView } from '@kezek/shared';
import { silentLogger } from '../logger.js';
import { DEMO_OFFICE } from '../settings/demo-office.js';
import { nodeJournalFsOps, openJournal, type JournalFsOps } from '../storage/journal.js';
import { memoryDayStore, type DayStore } from './day-store.js';
import type { JournalEntry } from './journal-entry.js';
import { Office, type Committed } from './office.js';

const issue: Command = {
  type: 'issue',
  sectorId: 'legal',
  serviceId: null,
  priority: null,
  lang: 'kk',
  source: 'k1',
};
const meta = { actorId: 'k1', requestId: null };
const NOW = Date.UTC(2026, 2, 2, 6, 0);

/** fdatasync waits while the gate is held, as a slow disk would. */
function gatedOps(): JournalFsOps & { hold(): void; release(): void } {
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  return {
    write: nodeJournalFsOps.write,
    async datasync(handle: FileHandle) {
      await gate;
      await nodeJournalFsOps.datasync(handle);
    },
    hold() {
      gate = new Promise<void>((r) => (open = r));
    },
    release() {
      gate = null;
      open();
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kezek-announce-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function officeOn(fs: JournalFsOps): Promise<{ office: Office; committed: Committed[] }> {
  const store: DayStore = {
    ...memoryDayStore(),
    openDays: async () => [],
    openDay: async (day, replay) =>
      (
        await openJournal<JournalEntry>(join(dir, `${day}.ndjson`), {
          log: silentLogger,
          fs,
          onEntry: replay,
        })
      ).journal,
  };
  let id = 0;
  const office = await Office.start({
    store,
    clock: () => NOW,
    newId: () => `id${++id}`,
    log: silentLogger,
    config: () => DEMO_OFFICE,
    operatorNames: () => ({}),
  });
  const committed: Committed[] = [];
  office.onCommitted((c) => committed.push(c));
  return { office, committed };
}

const waitingIn = (hall: HallView) => hall.sectors.find((s) => s.id === 'legal')?.waiting;
const tick = () => new Promise((r) => setImmediate(r));

describe('what the office announces', () => {
  it('builds a batch’s hall before later commands join the state, so none of them is announced early', async () => {
    const fs = gatedOps();
    const { office, committed } = await officeOn(fs);
    fs.hold();
    const first = office.run(issue, meta, () => null);
    await tick(); // the first batch is sealed and waits on its sync
    const second = office.run(issue, meta, () => null);
    await tick();
    expect(Object.keys(office.queue.tickets)).toHaveLength(2); // both applied in memory
    fs.release();
    await Promise.all([first, second]);

    const [a, b] = committed;
    expect(a && waitingIn(a.hall)).toBe(1);
    expect(b && waitingIn(b.hall)).toBe(2);
    expect(a?.hall.rev).toBeLessThan(b?.hall.rev ?? 0);
    await office.close();
  });

  it('gives commands that share one sync the same hall, built once, at the batch’s last revision', async () => {
    const { office, committed } = await officeOn(nodeJournalFsOps);
    await Promise.all([1, 2, 3].map(() => office.run(issue, meta, () => null)));
    expect(committed).toHaveLength(3);
    const [a, b, c] = committed.map((x) => x.hall);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(a?.rev).toBe(office.revision);
    expect(a && waitingIn(a)).toBe(3);
    await office.close();
  });
});
